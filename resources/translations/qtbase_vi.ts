<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Vietnamese for the strings of Qt itself that VinhDanh shows. Debian ships no
     qtbase_vi.qm; keep this list in step with the dialogs and buttons we use. -->
<TS version="2.1" language="vi_VN">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>Đồng ý</translation></message>
    <message><source>Save</source><translation>Lưu</translation></message>
    <message><source>Save All</source><translation>Lưu tất cả</translation></message>
    <message><source>Open</source><translation>Mở</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Có</translation></message>
    <message><source>Yes to &amp;All</source><translation>Có với &amp;tất cả</translation></message>
    <message><source>&amp;No</source><translation>&amp;Không</translation></message>
    <message><source>N&amp;o to All</source><translation>Không với t&amp;ất cả</translation></message>
    <message><source>Abort</source><translation>Hủy bỏ</translation></message>
    <message><source>Retry</source><translation>Thử lại</translation></message>
    <message><source>Ignore</source><translation>Bỏ qua</translation></message>
    <message><source>Close</source><translation>Đóng</translation></message>
    <message><source>Cancel</source><translation>Hủy</translation></message>
    <message><source>Discard</source><translation>Bỏ thay đổi</translation></message>
    <message><source>Don&apos;t Save</source><translation>Không lưu</translation></message>
    <message><source>Help</source><translation>Trợ giúp</translation></message>
    <message><source>Apply</source><translation>Áp dụng</translation></message>
    <message><source>Reset</source><translation>Đặt lại</translation></message>
    <message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
</context>
<context>
    <name>QWizard</name>
    <message><source>&lt; &amp;Back</source><translation>&lt; &amp;Quay lại</translation></message>
    <message><source>&amp;Next</source><translation>&amp;Tiếp</translation></message>
    <message><source>&amp;Next &gt;</source><translation>&amp;Tiếp &gt;</translation></message>
    <message><source>&amp;Finish</source><translation>&amp;Hoàn tất</translation></message>
    <message><source>Cancel</source><translation>Hủy</translation></message>
    <message><source>Help</source><translation>Trợ giúp</translation></message>
    <message><source>Go Back</source><translation>Quay lại</translation></message>
    <message><source>Continue</source><translation>Tiếp tục</translation></message>
    <message><source>Commit</source><translation>Xác nhận</translation></message>
    <message><source>Done</source><translation>Xong</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Hoàn tác</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Làm lại</translation></message>
    <message><source>Cu&amp;t</source><translation>&amp;Cắt</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Sao chép</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Dán</translation></message>
    <message><source>Delete</source><translation>Xóa</translation></message>
    <message><source>Select All</source><translation>Chọn tất cả</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>Look in:</source><translation>Tìm trong:</translation></message>
    <message><source>File &amp;name:</source><translation>Tên &amp;tệp:</translation></message>
    <message><source>Files of type:</source><translation>Kiểu tệp:</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Mở</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Lưu</translation></message>
    <message><source>&amp;Choose</source><translation>&amp;Chọn</translation></message>
</context>
</TS>
