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
        <location filename="../../src/core/approvalservice.cpp" line="+64" />
        <source>Mã %1: không có người được đề nghị này trong đợt biểu dương đang dùng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/csvreader.cpp" line="+30" />
        <source>Tệp CSV không phải văn bản UTF-8 hay UTF-16 hợp lệ. Trong Excel hãy lưu bằng “CSV UTF-8 (Comma delimited)”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Tệp không phải tệp CSV (có byte NUL: tệp nhị phân).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+103" />
        <source>Tệp CSV hỏng: dấu ngoặc kép mở ở dòng %1 không được đóng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Tệp CSV không có dòng nào.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <location filename="../../src/core/database.cpp" line="+36" />
        <location filename="../../src/core/importer.cpp" line="+180" />
        <source>Không đọc được tệp %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/database.cpp" line="+5" />
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
        <location line="+32" />
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
    <message>
        <location filename="../../src/core/citizenid.cpp" line="+52" />
        <source>Số CCCD phải có đúng 12 chữ số (đang có %1 ký tự).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Số CCCD chỉ được gồm chữ số.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Số CCCD bắt đầu bằng %1, không phải mã tỉnh, thành phố nào.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Chữ số thứ 4 của số CCCD (%1) không hợp lệ: phải là 0, 1 (sinh 1900–1999) hoặc 2, 3 (sinh 2000–2099).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Số CCCD ghi giới tính %1 nhưng cột Giới tính là %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Số CCCD ghi năm sinh %1 nhưng ngày sinh là %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/database_pg.cpp" line="+36" />
        <source>Địa chỉ máy chủ không hợp lệ: %1 (dạng đúng: postgresql://người_dùng@máy_chủ:cổng/tên_cơ_sở_dữ_liệu).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Không ghi mật khẩu trong địa chỉ máy chủ. Hãy để mật khẩu trong tệp ~/.pgpass (hoặc tệp do biến PGPASSFILE chỉ định).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Địa chỉ máy chủ %1 thiếu tên cơ sở dữ liệu (postgresql://người_dùng@máy_chủ:cổng/tên_cơ_sở_dữ_liệu).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Tham số “%1” trong địa chỉ máy chủ không dùng được.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/importer.cpp" line="-5" />
        <location filename="../../src/core/xlsxreader.cpp" line="+431" />
        <source>Không có tệp %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1 không phải một tệp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Tệp %1 rỗng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Tệp %1 là sổ Excel 97-2003 (.xls), chưa đọc được: hãy lưu lại dạng .xlsx hoặc CSV UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Tệp %1 là tệp PDF, không phải danh sách CSV hay XLSX.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>Tệp không có dòng nào.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Đây không phải danh sách trích ngang: dòng %1 không có cột nào của mẫu (Họ và tên, Chức vụ, Đơn vị, Khối, ...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Cột “%1” trùng với cột “%2” đã có: chỉ được có một cột %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Cột “%1” không thuộc mẫu danh sách trích ngang: bỏ qua.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Thiếu cột bắt buộc “%1” (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>(tiêu đề)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Dòng tiêu đề là dòng %1: bỏ qua %2 dòng phía trên (tên bảng).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/importtemplate.cpp" line="+102" />
        <source>Không tạo được tệp mẫu %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Danh sách trích ngang người được đề nghị biểu dương</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Danh sách</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+75" />
        <source>Không ghi được tệp mẫu %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Không tạo được thư mục tạm để ghi tệp mẫu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Không đọc lại được tệp mẫu vừa tạo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location line="+3" />
        <source>Không ghi được %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/importvalues.cpp" line="+57" />
        <source>Quá dài: %1 ký tự, tối đa %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>“%1” là một số, không phải ngày: hãy ghi ngày dạng dd/mm/yyyy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>“%1” không phải ngày: hãy ghi dạng dd/mm/yyyy (ví dụ 05/03/1985) hoặc yyyy-mm-dd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Ngày “%1” không có thật.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Ngày %1 trước năm 1900.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Ngày %1 ở tương lai (hôm nay là %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>“%1” không phải có/không: ghi “Có” (hoặc x, ✓, 1) hay “Không” (hoặc để trống, 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <location line="+9" />
        <source>Giới tính “%1” không hợp lệ: ghi Nam hoặc Nữ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Loại “%1” không hợp lệ: ghi “Lao động giỏi” hoặc “Lao động sáng tạo”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Ô bắt buộc “Khối” đang trống.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Khối “%1” không có trong đợt này; các khối: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>Không rõ giấy tờ: %1 (ghi mã hoặc tên, cách nhau bằng dấu chấm phẩy: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>“%1” không phải số nguyên.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Số bộ hồ sơ không được âm (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Số bộ hồ sơ %1 quá lớn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>“%1” không phải năm (ví dụ 2023).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Năm %1 không hợp lệ (từ 1900 đến %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Số CCCD “%1” không phải dãy chữ số.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Số CCCD “%1” bị Excel ghi dạng số mũ nên đã mất chữ số: hãy định dạng cột là Văn bản và gõ lại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Số CCCD “%1” chỉ được gồm chữ số.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Số CCCD được lưu dạng số nên mất số 0 đầu: đã thêm lại thành 0%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Số CCCD chỉ có 11 chữ số (mất số 0 đầu?): đã thêm lại thành 0%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Số CCCD %1 được lưu dạng số và có %2 chữ số: không khôi phục được chắc chắn; hãy định dạng cột là Văn bản và gõ đủ 12 chữ số.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Số CCCD phải có đúng 12 chữ số (đang có %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/importwriter.cpp" line="+26" />
        <source>Không nhập được: tệp thiếu cột bắt buộc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Không nhập gì: %1 dòng có lỗi (%2 lỗi). Sửa tệp rồi nhập lại, hoặc chỉ nhập các dòng hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <source>tệp %1: nhập %2, bỏ qua %3, cảnh báo %4, đơn vị mới %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/transfer.cpp" line="+113" />
        <location line="+54" />
        <location line="+36" />
        <source>đọc bảng %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-78" />
        <source>chép bảng %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>đặt lại bộ đếm mã của bảng %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>Không thấy bảng %1 trong %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>Hai cơ sở dữ liệu khác phiên bản lược đồ (%1: %2, %3: %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Cơ sở dữ liệu đích %1 đã có dữ liệu (bảng %2: %3 dòng); hãy chép vào một cơ sở dữ liệu trống.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Bảng %1 khác cấu trúc giữa %2 và %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Bảng %1: nguồn %2 dòng (%3), đích %4 dòng (%5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Bản chép không khớp với nguồn; không có gì được ghi vào %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Tệp %1 đã có; chọn tên khác.</source>
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
        <location filename="../../src/core/auditlog.cpp" line="+18" />
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
        <location line="+146" />
        <source>Không có đợt biểu dương số %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-118" />
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
        <location line="+105" />
        <source>đọc các khối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-85" />
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
        <location line="+157" />
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
        <location filename="../../src/core/database.cpp" line="+31" />
        <source>Chưa chỉ định tệp cơ sở dữ liệu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>%1 là một thư mục, không phải tệp cơ sở dữ liệu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <location line="+82" />
        <source>Tệp %1 là cơ sở dữ liệu SQLite nhưng không phải của VinhDanh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-76" />
        <location line="+81" />
        <source>Tệp %1 do phiên bản VinhDanh mới hơn tạo (lược đồ %2, bản này hiểu đến %3). Hãy cập nhật chương trình.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-73" />
        <source>Không tìm thấy tệp cơ sở dữ liệu %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location line="+341" />
        <source>Thư mục %1 không tồn tại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-327" />
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
        <location filename="../../src/core/database_pg.cpp" line="+106" />
        <location line="+16" />
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
        <location filename="../../src/core/database_pg.cpp" line="-43" />
        <source>cấu hình kết nối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>đọc phiên bản lược đồ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <location line="+5" />
        <source>ghi phiên bản lược đồ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Nâng cấp lược đồ lên phiên bản %1 thất bại: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>đọc đợt biểu dương</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>Tài khoản “%1” không có quyền %2 trên máy chủ cơ sở dữ liệu. Hãy nhờ người quản trị cấp quyền (vai trò nhập liệu, duyệt hoặc quản trị).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+46" />
        <source>bắt đầu giao dịch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <location line="+7" />
        <location line="+7" />
        <source>hủy giao dịch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-8" />
        <source>báo thay đổi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>ghi giao dịch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Lỗi chương trình: khóa duyệt đợt %1 phải nằm trong một giao dịch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>chờ lượt duyệt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Tệp %1 đã có; chọn tên khác cho bản sao lưu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>sao lưu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Không ghi được bản sao lưu %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/core/database_pg.cpp" line="-53" />
        <source>Thiếu trình điều khiển PostgreSQL của Qt (gói libqt6sql6-psql), không kết nối được %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Không kết nối được máy chủ PostgreSQL %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Kiểm tra máy chủ đang chạy, địa chỉ và cổng, tên người dùng, và mật khẩu trong tệp ~/.pgpass (hoặc PGPASSFILE).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>đọc bảng mã của cơ sở dữ liệu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Cơ sở dữ liệu %1 dùng bảng mã %2; VinhDanh cần UTF8 (tạo lại bằng: createdb -E UTF8 -T template0 ...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>đọc tên người dùng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>chờ lượt kiểm tra lược đồ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>mở khóa lược đồ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Không đọc được phiên bản lược đồ của %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Cơ sở dữ liệu %1 đã có %2 bảng nhưng không phải của VinhDanh (thiếu bảng %3). Hãy dùng một cơ sở dữ liệu trống.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Cơ sở dữ liệu %1 còn trống, chưa có dữ liệu VinhDanh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Cơ sở dữ liệu %1 có bảng %2 nhưng không phải của VinhDanh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Cơ sở dữ liệu %1 do phiên bản VinhDanh mới hơn tạo (lược đồ %2, bản này hiểu đến %3). Hãy cập nhật chương trình.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Cơ sở dữ liệu %1 có lược đồ cũ (phiên bản %2) cần nâng cấp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <location filename="../../src/core/schema.cpp" line="+164" />
        <source>tạo bảng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>đánh dấu cơ sở dữ liệu VinhDanh</source>
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
        <location line="+179" />
        <source>Không có người được đề nghị mã %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-172" />
        <source>đếm người được đề nghị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+44" />
        <location line="+20" />
        <location line="+64" />
        <source>lưu hồ sơ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-50" />
        <source>Đã hủy; không lưu hồ sơ nào.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+55" />
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
    <name>vd::ReadSnapshot</name>
    <message>
        <location filename="../../src/core/transfer.cpp" line="-175" />
        <location line="+9" />
        <source>đọc cơ sở dữ liệu nguồn</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vd::RowReader</name>
    <message>
        <location filename="../../src/core/importer.cpp" line="-224" />
        <source>Ô bắt buộc “%1” đang trống.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>Số CCCD %1 trùng với dòng %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Ô “Đoàn viên công đoàn” để trống: hiểu là Không.</source>
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
    <name>vd::Workbook</name>
    <message>
        <location filename="../../src/core/xlsxreader.cpp" line="-373" />
        <source>Tệp XLSX hỏng: thiếu phần %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Tệp XLSX hỏng: không đọc được mục lục của phần %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Tệp XLSX bị từ chối: phần %1 giải nén ra %2 MB, vượt giới hạn %3 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <location line="+8" />
        <source>Tệp XLSX hỏng: không giải nén được phần %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Tệp XLSX bị từ chối: phần %1 giải nén ra hơn %2 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Tệp XLSX hỏng: phần %1 sai mã kiểm tra (CRC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Tệp XLSX hỏng: phần %1, dòng %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>Tệp XLSX không có trang tính nào.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Tệp XLSX hỏng: không tìm thấy trang tính đầu tiên (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+134" />
        <source>Tệp XLSX hỏng: ô có địa chỉ lạ “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>Tệp XLSX hỏng: ô %1 trỏ tới chuỗi dùng chung không có (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Tệp XLSX bị từ chối: ô %1 dài %2 ký tự, quá giới hạn %3 của Excel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Trang tính đầu tiên của tệp XLSX không có dòng nào.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Tệp không phải tệp XLSX (không mở được như tệp nén ZIP).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Tệp nén này không phải sổ tính Excel XLSX (thiếu xl/workbook.xml).</source>
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
  --db TỆP        tệp cơ sở dữ liệu SQLite (mặc định: %1), hoặc máy chủ
                  postgresql://người_dùng@máy:cổng/csdl (mật khẩu trong ~/.pgpass)
  --lang vi|en    ngôn ngữ của thông báo (mặc định: vi)
  --help          in hướng dẫn này
  --version       in phiên bản

Lệnh:
</source>
        <translation>Usage: vinhdanh-cli [--db FILE] [--lang vi|en] COMMAND [ARGS...]

Nominee dossiers for the honours conference of outstanding and creative workers.

Global options:
  --db FILE       the SQLite database file (default: %1), or a server
                  postgresql://user@host:port/dbname (password in ~/.pgpass)
  --lang vi|en    language of the messages (default: vi)
  --help          print this help
  --version       print the version

Commands:
</translation>
    </message>
    <message>
        <location line="+18" />
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
        <source>nhập danh sách trích ngang (CSV hoặc XLSX); mặc định có lỗi thì không nhập gì</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>ghi tệp mẫu danh sách trích ngang (XLSX) để các đơn vị điền</source>
        <translation type="unfinished" />
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
    <message>
        <location line="+3" />
        <source>chép toàn bộ dữ liệu giữa tệp SQLite và máy chủ PostgreSQL (postgresql://người_dùng@máy:cổng/csdl), giữ nguyên mã số, kiểm tra số dòng và tổng kiểm tra từng bảng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/cli/cmd_import.cpp" line="+21" />
        <source>cảnh báo: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Tham số không hợp lệ cho lệnh import: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Lệnh import cần tên tệp: vinhdanh-cli import TỆP [--dry-run] [--skip-invalid]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <location line="+9" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Không nhập gì: tệp %1 thiếu cột bắt buộc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Kiểm tra xong, chưa ghi gì: sẽ nhập %1, bỏ qua %2, cảnh báo %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Đã nhập %1, bỏ qua %2, cảnh báo %3 (đơn vị mới: %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/cli/cmd_migrate.cpp" line="+34" />
        <source>Tham số không hợp lệ cho lệnh migrate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Lệnh migrate cần --from NGUỒN và --to ĐÍCH (tệp SQLite hoặc postgresql://...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Tệp đích %1 đã có; lệnh migrate chỉ chép vào tệp mới.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>  %1: %2 dòng, SHA-256 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Đã chép %1 sang %2: %3 bảng, %4 dòng; số dòng và tổng kiểm tra của từng bảng khớp với nguồn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/cli/cmd_template.cpp" line="+22" />
        <source>Tham số không hợp lệ cho lệnh template: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Lệnh template cần -o TỆP (ví dụ -o %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Đã ghi mẫu danh sách trích ngang: %1</source>
        <translation type="unfinished" />
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