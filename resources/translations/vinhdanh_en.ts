<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>CampaignSettingsDialog</name>
    <message>
        <location filename="../../ui/campaignsettingsdialog.ui" line="+6" />
        <source>Thiết lập đợt biểu dương</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Chung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tên đợt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Năm thi đua:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Số &amp;kế hoạch:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Ngày &amp;ban hành:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Địa &amp;danh (dòng ngày tháng):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Cơ quan &amp;cấp trên:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Cơ quan ban &amp;hành:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Hạn nhận hồ sơ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Nhận cả trong ngày hạn (“đến hết ngày”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Năm của &amp;giấy khen (khối SXKD):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Số &amp;bộ hồ sơ tối thiểu:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Tiền &amp;thưởng mỗi người (đồng):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Khối và chỉ tiêu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Các khối và chỉ tiêu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Thêm khối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Xóa khối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Lên &amp;trên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Xuống &amp;dưới</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Tiêu chuẩn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Chức vụ &amp;lãnh đạo (khu vực HCSN), mỗi dòng một cụm từ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Danh hiệu thi đua được chấp nhận:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Chức danh &amp;được xét (khu vực SXKD):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Chức vụ quản lý &amp;không được xét (SXKD):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Thành phần &amp;hồ sơ (mã, tên, bắt buộc):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Thêm loại hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Xóa loại hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Hội nghị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Ngày hội nghị:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Thời gian:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Địa đ&amp;iểm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Thành &amp;phần (mỗi dòng một mục):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Nội dung &amp;chương trình (theo thứ tự):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Nơi &amp;nhận:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Người &amp;ký:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.ui" line="+9" />
        <source>VinhDanh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+32" />
        <source>&amp;Tệp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Mở cơ sở dữ liệu…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Thoát</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferencesdialog.ui" line="+5" />
        <source>Tùy chọn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Số bản &amp;sao lưu tự động giữ lại:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Ẩn số &amp;CCCD trong danh sách và tệp xuất (chỉ hiện 4 số cuối)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd</name>
    <message>
        <location filename="../../src/core/approvalservice.cpp" line="+59" />
        <source>Mã %1: không có người được đề nghị này trong đợt biểu dương đang dùng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/database.cpp" line="+35" />
        <source>Không đọc được tệp %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Tệp %1 rỗng (0 byte), không phải cơ sở dữ liệu VinhDanh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Tệp %1 không phải cơ sở dữ liệu SQLite (không phải tệp VinhDanh).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Tệp %1 bị cắt cụt hoặc hỏng (%2 byte, cần %3 byte). Hãy khôi phục từ bản sao lưu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>Cơ sở dữ liệu đang bận (một người hoặc chương trình khác đang ghi), hãy thử lại: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Lỗi cơ sở dữ liệu khi %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/privacy.cpp" line="+27" />
        <source>đọc đợt biểu dương</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Không có đợt biểu dương số %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Đợt “%1” đang được dùng; chỉ xóa dữ liệu cá nhân của đợt đã kết thúc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>đếm hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>xóa tên trong nhật ký</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>xóa hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>xóa đơn vị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>%1: xóa %2 hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>dọn tệp cơ sở dữ liệu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/rules.cpp" line="+52" />
        <source>Đủ điều kiện</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+30" />
        <source>Cần xem xét</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-26" />
        <source>Không đủ điều kiện</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>Đạt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Không đạt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Không áp dụng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/rules_engine.cpp" line="+27" />
        <source>có</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>không</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::ApprovalService</name>
    <message>
        <location filename="../../src/core/approvalservice.cpp" line="+51" />
        <source>%1 (mã %2, %3): %4 — %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Khối %1: chỉ tiêu %2, đã duyệt %3, đề nghị thêm %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Không duyệt được (không có gì thay đổi):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+38" />
        <source>Không bỏ duyệt được (không có gì thay đổi):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::AuditLog</name>
    <message>
        <location filename="../../src/core/auditlog.cpp" line="+16" />
        <source>ghi nhật ký</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>đọc nhật ký</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::AutoBackup</name>
    <message>
        <location filename="../../src/core/autobackup.cpp" line="+46" />
        <source>Không tạo được thư mục sao lưu %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::CampaignStore</name>
    <message>
        <location filename="../../src/core/campaignstore.cpp" line="+48" />
        <source>đọc đợt biểu dương đang dùng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Cơ sở dữ liệu chưa có đợt biểu dương nào đang dùng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>đọc đợt biểu dương</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location line="+143" />
        <source>Không có đợt biểu dương số %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-115" />
        <source>đọc danh mục của đợt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>đọc người ký</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>đọc danh mục hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <location line="+102" />
        <source>đọc các khối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-82" />
        <source>đọc danh sách đợt biểu dương</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>tạo đợt biểu dương</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <location line="+154" />
        <source>đặt đợt đang dùng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-130" />
        <source>lưu đợt biểu dương</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>kiểm tra khối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Không xóa được khối %1: còn đơn vị hoặc người được đề nghị thuộc khối này.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>xóa khối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>lưu khối %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>thêm khối %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <location line="+20" />
        <source>lưu danh mục của đợt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>lưu người ký</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>lưu danh mục hồ sơ</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::Database</name>
    <message>
        <location filename="../../src/core/database.cpp" line="+24" />
        <source>Chưa chỉ định tệp cơ sở dữ liệu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>%1 là một thư mục, không phải tệp cơ sở dữ liệu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <location line="+81" />
        <source>Tệp %1 là cơ sở dữ liệu SQLite nhưng không phải của VinhDanh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-75" />
        <location line="+80" />
        <source>Tệp %1 do phiên bản VinhDanh mới hơn tạo (lược đồ %2, bản này hiểu đến %3). Hãy cập nhật chương trình.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-72" />
        <source>Không tìm thấy tệp cơ sở dữ liệu %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location line="+260" />
        <source>Thư mục %1 không tồn tại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-247" />
        <source>Thiếu trình điều khiển SQLite của Qt (gói libqt6sql6-sqlite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Không mở được %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>đánh dấu tệp VinhDanh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <location line="+6" />
        <source>đọc cấu trúc cơ sở dữ liệu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>Tệp %1 có lược đồ cũ (phiên bản %2) cần nâng cấp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>ghi tệp cơ sở dữ liệu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+38" />
        <source>cấu hình kết nối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>ghi phiên bản lược đồ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Nâng cấp lược đồ lên phiên bản %1 thất bại: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>đọc đợt biểu dương</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+55" />
        <source>bắt đầu giao dịch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <location line="+6" />
        <source>hủy giao dịch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-2" />
        <source>ghi giao dịch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Tệp %1 đã có; chọn tên khác cho bản sao lưu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>sao lưu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Không ghi được bản sao lưu %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/schema.cpp" line="+159" />
        <source>tạo bảng</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::NomineeStore</name>
    <message>
        <location filename="../../src/core/nomineestore.cpp" line="+95" />
        <source>đọc danh sách người được đề nghị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>đọc hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location line="+138" />
        <source>Không có người được đề nghị mã %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-131" />
        <source>đếm người được đề nghị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+32" />
        <location line="+55" />
        <source>lưu hồ sơ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Hồ sơ %1 đã bị người khác sửa hoặc xóa sau khi bạn mở; hãy tải lại rồi sửa tiếp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>xóa hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>ghi duyệt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::RulesEngine</name>
    <message>
        <location filename="../../src/core/rules_engine.cpp" line="+75" />
        <source>Đối tượng %1: là đoàn viên công đoàn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Đoàn viên công đoàn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Đối tượng %1: không phải đoàn viên công đoàn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Chức vụ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Đối tượng 1.1: không giữ chức vụ lãnh đạo từ trưởng, phó phòng, ban ngành, đoàn thể, hiệu trưởng, hiệu phó trở lên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Đối tượng 1.2: %1 và công nhân lao động; không phải cán bộ quản lý doanh nghiệp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Đối tượng %1: chức vụ phải xác định được là thuộc diện xét chọn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Đối tượng 1.1: giữ chức vụ lãnh đạo (%1), không thuộc diện xét chọn (đang ghi: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Đối tượng 1.2: chức vụ quản lý doanh nghiệp (%1) không thuộc diện xét chọn (đang ghi: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Đối tượng %1: chức vụ “%2” có chữ “trưởng” hoặc “phó” nhưng không có trong danh mục; cần xác định có phải chức vụ lãnh đạo, quản lý không</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Tiêu chuẩn 2.1: danh hiệu Chiến sĩ thi đua cơ sở trở lên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Danh hiệu thi đua</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>chưa ghi danh hiệu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>đang ghi: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Tiêu chuẩn 2.1: chưa có danh hiệu Chiến sĩ thi đua cơ sở trở lên (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Tiêu chuẩn %1: có sáng kiến, đề tài được áp dụng, có quyết định công nhận hoặc xác nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Sáng kiến; Quyết định công nhận sáng kiến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Tiêu chuẩn %1: chưa có sáng kiến, đề tài được áp dụng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Tiêu chuẩn %1: sáng kiến “%2” chưa có quyết định công nhận hoặc xác nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Tiêu chuẩn 2.2: được tặng giấy khen của UBND thành phố, Giám đốc đơn vị, doanh nghiệp hoặc của Công đoàn năm %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Khen thưởng; Năm khen thưởng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Tiêu chuẩn 2.2: chưa có giấy khen năm %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Tiêu chuẩn 2.2: không rõ khen thưởng “%1” là của năm nào; cần giấy khen năm %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Tiêu chuẩn 2.2: khen thưởng “%1” là của năm %2, cần giấy khen năm %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Ngày nhận hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>chưa đặt hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>đến hết ngày %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>trước ngày %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Mục II.5: hồ sơ gửi về Liên đoàn Lao động huyện</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Mục II.5: hồ sơ gửi về %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Mục II.5: chưa nhận được hồ sơ (chưa có ngày nhận); hạn nộp %1 đã qua</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Mục II.5: chưa nhận được hồ sơ (chưa có ngày nhận); hạn nộp %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Mục II.5: hồ sơ nhận ngày %1, quá hạn (hạn nộp %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Mục II.4: được cấp ủy, chính quyền, chuyên môn đồng cấp cho ý kiến nhất trí</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ý kiến cấp ủy, chính quyền</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Mục II.4: chưa có ý kiến nhất trí của cấp ủy, chính quyền đồng cấp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Mục II.5: hồ sơ gồm %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Hồ sơ kèm theo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Mục II.5: hồ sơ còn thiếu: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Mỗi người chỉ được đề nghị một lần trong đợt biểu dương</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Số CCCD; Họ và tên, ngày sinh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>cùng số CCCD %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>cùng họ tên và ngày sinh %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2, mã %3; %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Trùng với người đã được đề nghị: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Mục II.5: hồ sơ được lập thành %1 bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Số bộ hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Mục II.5: hồ sơ cần %1 bộ, mới nhận %2 bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Mục VI.6: gửi file mềm tờ trình, danh sách trích ngang qua email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>File mềm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Mục VI.6: chưa nhận file mềm (tờ trình, danh sách trích ngang) qua email</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::SettingsStore</name>
    <message>
        <location filename="../../src/core/settingsstore.cpp" line="+16" />
        <source>đọc thiết lập</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <location line="+4" />
        <source>ghi thiết lập</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>xóa thiết lập</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::UnitStore</name>
    <message>
        <location filename="../../src/core/unitstore.cpp" line="+20" />
        <source>đọc danh sách đơn vị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>tìm đơn vị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <location line="+28" />
        <source>Tên đơn vị không được để trống.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-15" />
        <source>thêm đơn vị %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>đọc đơn vị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location line="+22" />
        <location line="+26" />
        <source>Không có đơn vị mã %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-43" />
        <source>Đã có đơn vị tên “%1”; hãy gộp hai đơn vị thay vì đổi tên.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>đổi tên đơn vị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <location line="+7" />
        <source>chuyển khối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Không thể gộp một đơn vị vào chính nó.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <location line="+3" />
        <source>gộp đơn vị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <location line="+5" />
        <source>xóa đơn vị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-1" />
        <source>Đơn vị còn người được đề nghị, không xóa được.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::cli</name>
    <message>
        <location filename="../../src/cli/cliapp.cpp" line="+80" />
        <source>Xem: vinhdanh-cli --help</source>
        <translation>See: vinhdanh-cli --help</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cách dùng: vinhdanh-cli [--db TỆP] [--lang vi|en] LỆNH [THAM SỐ...]

Quản lý hồ sơ đề nghị biểu dương Lao động giỏi, Lao động sáng tạo.

Tùy chọn chung:
  --db TỆP        tệp cơ sở dữ liệu SQLite (mặc định: %1)
  --lang vi|en    ngôn ngữ của thông báo (mặc định: vi)
  --help          in hướng dẫn này
  --version       in phiên bản

Lệnh:
</source>
        <translation>Usage: vinhdanh-cli [--db FILE] [--lang vi|en] COMMAND [ARGS...]

Nominee dossiers for the honours conference of outstanding and creative workers.

Global options:
  --db FILE       the SQLite database file (default: %1)
  --lang vi|en    language of the messages (default: vi)
  --help          print this help
  --version       print the version

Commands:
</translation>
    </message>
    <message>
        <location line="+17" />
        <source>
Mã thoát: 0 xong; 1 bị từ chối (dữ liệu không hợp lệ hoặc vi phạm quy tắc, không có gì thay đổi); 2 sai cách dùng; 3 lỗi cơ sở dữ liệu hoặc tệp.
</source>
        <translation>
Exit codes: 0 done; 1 refused (invalid data or a rule broken, nothing changed); 2 usage error; 3 database or file error.
</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Thiếu giá trị sau %1.</source>
        <translation>Missing value after %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tùy chọn không hợp lệ: %1</source>
        <translation>Invalid option: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Ngôn ngữ không hỗ trợ: %1 (chọn vi hoặc en).</source>
        <translation>Unsupported language: %1 (choose vi or en).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Lệnh không tồn tại: %1</source>
        <translation>No such command: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/cliclock.cpp" line="+14" />
        <source>VINHDANH_TODAY không phải ngày dạng yyyy-mm-dd: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/cli/cmd_approve.cpp" line="+25" />
        <source>Lệnh %1 cần ít nhất một mã người được đề nghị (xem lệnh list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Mã người được đề nghị không hợp lệ: %1 (cần một số nguyên dương).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>%1 (mã %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Đã duyệt %1 người: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Đã bỏ duyệt %1 người: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Đã được duyệt từ trước, không tính lại: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Chưa được duyệt, không có gì để bỏ: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Khối %1: chỉ tiêu %2, đã duyệt %3, còn %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/cli/cmd_audit.cpp" line="+31" />
        <source>Tham số không hợp lệ cho lệnh audit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>Cách dùng: purge-campaign MÃ_ĐỢT --yes (xóa hẳn dữ liệu cá nhân của một đợt đã kết thúc; các bản sao lưu cũ vẫn còn dữ liệu này).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Đã xóa dữ liệu cá nhân của %1 người được đề nghị thuộc đợt %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/cli/cmd_backup.cpp" line="+16" />
        <source>Tham số không hợp lệ cho lệnh backup: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Lệnh backup cần -o TỆP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Đã sao lưu vào %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/cli/cmd_check.cpp" line="+124" />
        <source>chưa đặt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>đến hết ngày %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>trước ngày %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Hạn nhận hồ sơ: %1. Ngày kiểm tra: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location line="+23" />
        <source>Cộng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-19" />
        <source>Chỉ tiêu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Đề nghị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Đủ điều kiện</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Đã duyệt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Còn lại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Khối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+40" />
        <source>, đã duyệt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>[lỗi]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>[cảnh báo]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Khối %1 (%2 người được đề nghị)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Không thuộc khối nào của đợt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Chưa có người được đề nghị.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Tham số không hợp lệ cho lệnh check: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/cli/cmd_init.cpp" line="+12" />
        <source>Lệnh init không nhận tham số: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Cơ sở dữ liệu %1 sẵn sàng: %2, %3 khối, chỉ tiêu %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/cli/cmd_list.cpp" line="+44" />
        <source>Tham số không hợp lệ cho lệnh list: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>%1 — %2 người được đề nghị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>đã duyệt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="+11" />
        <source>tạo cơ sở dữ liệu với đợt biểu dương có sẵn (chạy lại không sao)</source>
        <translation>create the database with the built-in campaign (safe to run again)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>liệt kê mọi người được đề nghị, kèm mã số</source>
        <translation>list every nominee with their id</translation>
    </message>
    <message>
        <location line="+3" />
        <source>kiểm tra mọi hồ sơ theo tiêu chuẩn của kế hoạch; số liệu theo khối (ngày kiểm tra: hôm nay, hoặc biến môi trường VINHDANH_TODAY=yyyy-mm-dd)</source>
        <translation>check every dossier against the plan's criteria; figures per bloc (check date: today, or the environment variable VINHDANH_TODAY=yyyy-mm-dd)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>duyệt biểu dương; từ chối tất cả nếu có người chưa đủ điều kiện hoặc khối vượt chỉ tiêu</source>
        <translation>approve for honouring; all refused if anyone is not eligible or a bloc would exceed its quota</translation>
    </message>
    <message>
        <location line="+3" />
        <source>bỏ duyệt</source>
        <translation>take approval back</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sao lưu toàn bộ cơ sở dữ liệu (nhất quán, kể cả khi đang được dùng)</source>
        <translation>back up the whole database (consistent, even while in use)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nhật ký thay đổi: ai đã sửa gì, lúc nào (mới nhất trước)</source>
        <translation>audit log: who changed what and when (newest first)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>xóa hẳn dữ liệu cá nhân của một đợt biểu dương đã kết thúc</source>
        <translation>permanently delete the personal data of a closed campaign</translation>
    </message>
</context>
<context>
    <name>vd::gui</name>
    <message>
        <location filename="../../src/gui/application.cpp" line="+24" />
        <source>Thiếu giá trị sau %1.</source>
        <translation>Missing value after %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tùy chọn không hợp lệ: %1</source>
        <translation>Invalid option: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ngôn ngữ không hỗ trợ: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Không mở được cơ sở dữ liệu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Chưa sao lưu được</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::gui::BlocTableModel</name>
    <message>
        <location filename="../../src/gui/bloctablemodel.cpp" line="+34" />
        <source>Khối mới</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>Đợt biểu dương cần ít nhất một khối.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Dòng %1: chưa có mã khối.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Dòng %1: chưa có tên khối.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Dòng %1: mã khối %2 bị trùng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+80" />
        <source>Mã khối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Tên khối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Khu vực</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Chỉ tiêu</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::gui::CampaignSettingsDialog</name>
    <message>
        <location filename="../../src/gui/campaignsettingsdialog.cpp" line="+47" />
        <source>&amp;Lưu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hủy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Mã</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Tên hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Bắt buộc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Thẩm quyền ký (TM., KT.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Chức vụ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Họ và tên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+89" />
        <source>Tổng chỉ tiêu: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+65" />
        <source>Chưa có tên đợt biểu dương.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Khối và chỉ tiêu: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Thành phần hồ sơ: mỗi loại cần cả mã và tên.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Chương trình hội nghị chưa có nội dung nào.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Chưa lưu được thiết lập:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Thiết lập đợt biểu dương</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/mainwindow.cpp" line="+31" />
        <location line="+47" />
        <source>VinhDanh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-31" />
        <source>&lt;b&gt;%1&lt;/b&gt; — hạn nhận hồ sơ: %2 %3 — tổng chỉ tiêu: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>đến hết ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>trước ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>VinhDanh — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>%1 người được đề nghị — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Mở cơ sở dữ liệu VinhDanh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Cơ sở dữ liệu VinhDanh (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Không mở được cơ sở dữ liệu</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::gui::NomineeTableModel</name>
    <message>
        <location filename="../../src/gui/nomineetablemodel.cpp" line="+48" />
        <source>Đã duyệt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Họ và tên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Khối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Đơn vị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Chức vụ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ngày nhận hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Duyệt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::gui::SectorDelegate</name>
    <message>
        <location filename="../../src/gui/bloctablemodel.cpp" line="+9" />
        <source>HCSN — hành chính, sự nghiệp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>SXKD — sản xuất kinh doanh</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>