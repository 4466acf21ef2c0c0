<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>ApprovalView</name>
    <message>
        <source>&amp;Duyệt người đã chọn</source>
        <translation>A&amp;pprove selected</translation>
    </message>
    <message>
        <source>&amp;Bỏ duyệt người đã chọn</source>
        <translation>Take approval &amp;back from selected</translation>
    </message>
    <message>
        <source>Chỉ tiêu và kết quả duyệt theo khối</source>
        <translation>Quotas and approvals per bloc</translation>
    </message>
    <message>
        <source>Người đủ điều kiện của khối đang chọn</source>
        <translation>Eligible nominees of the selected bloc</translation>
    </message>
</context>
<context>
    <name>CampaignSettingsDialog</name>
    <message>
        <source>Thiết lập đợt biểu dương</source>
        <translation>Campaign settings</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Tên đợt:</source>
        <translation>Campaign &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Năm thi đua:</source>
        <translation>Emulation &amp;year:</translation>
    </message>
    <message>
        <source>Số &amp;kế hoạch:</source>
        <translation>&amp;Plan number:</translation>
    </message>
    <message>
        <source>Ngà&amp;y ban hành:</source>
        <translation>&amp;Issue date:</translation>
    </message>
    <message>
        <source>Địa &amp;danh (dòng ngày tháng):</source>
        <translation>P&amp;lace name (date line):</translation>
    </message>
    <message>
        <source>Cơ quan &amp;cấp trên:</source>
        <translation>Supe&amp;rior body:</translation>
    </message>
    <message>
        <source>Cơ quan b&amp;an hành:</source>
        <translation>Issuing &amp;body:</translation>
    </message>
    <message>
        <source>&amp;Hạn nhận hồ sơ:</source>
        <translation>Submission &amp;deadline:</translation>
    </message>
    <message>
        <source>Nhận cả trong ngày hạn (“đến hết ngày”)</source>
        <translation>Accept dossiers on the deadline day too (“until the end of”)</translation>
    </message>
    <message>
        <source>Năm của &amp;giấy khen (khối SXKD):</source>
        <translation>Year of certificate of &amp;merit (business sector):</translation>
    </message>
    <message>
        <source>Số &amp;bộ hồ sơ tối thiểu:</source>
        <translation>Minimum paper c&amp;opies:</translation>
    </message>
    <message>
        <source>Tiền thưởng &amp;mỗi người (đồng):</source>
        <translation>Cash &amp;award per person (VND):</translation>
    </message>
    <message>
        <source>Khối và chỉ tiêu</source>
        <translation>Blocs and quotas</translation>
    </message>
    <message>
        <source>Các khối và chỉ tiêu</source>
        <translation>Blocs and their quotas</translation>
    </message>
    <message>
        <source>&amp;Thêm khối</source>
        <translation>&amp;Add bloc</translation>
    </message>
    <message>
        <source>&amp;Xóa khối</source>
        <translation>&amp;Remove bloc</translation>
    </message>
    <message>
        <source>Lên trê&amp;n</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Xuống &amp;dưới</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Tiêu chuẩn</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Chức vụ lãnh đạ&amp;o (khu vực HCSN), mỗi dòng một cụm từ:</source>
        <translation>&amp;Leadership positions (administrative and public-service sector), one phrase per line:</translation>
    </message>
    <message>
        <source>&amp;Danh hiệu thi đua được chấp nhận:</source>
        <translation>Accepted emulation &amp;titles:</translation>
    </message>
    <message>
        <source>Chức danh &amp;được xét (khu vực SXKD):</source>
        <translation>&amp;Eligible job titles (business sector):</translation>
    </message>
    <message>
        <source>Chức vụ quản lý &amp;không được xét (SXKD):</source>
        <translation>&amp;Management positions not considered (business sector):</translation>
    </message>
    <message>
        <source>Thành phần &amp;hồ sơ (mã, tên, bắt buộc):</source>
        <translation>&amp;Dossier documents (code, name, required):</translation>
    </message>
    <message>
        <source>Thêm loại hồ sơ</source>
        <translation>Add document type</translation>
    </message>
    <message>
        <source>Xóa loại hồ sơ</source>
        <translation>Remove document type</translation>
    </message>
    <message>
        <source>Hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>&amp;Ngày hội nghị:</source>
        <translation>Conference &amp;date:</translation>
    </message>
    <message>
        <source>Địa điể&amp;m:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>Thành &amp;phần (mỗi dòng một mục):</source>
        <translation>&amp;Participants (one per line):</translation>
    </message>
    <message>
        <source>Nội dung &amp;chương trình (theo thứ tự):</source>
        <translation>Programme &amp;items (in order):</translation>
    </message>
    <message>
        <source>Nơ&amp;i nhận:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>Người &amp;ký:</source>
        <translation>Si&amp;gnatory:</translation>
    </message>
    <message>
        <source>Giờ bắt đầ&amp;u:</source>
        <translation>Start &amp;time:</translation>
    </message>
    <message>
        <source>chưa định</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Giờ khai mạc, in trên chương trình và giấy mời. 00:00: chưa định.</source>
        <translation>Opening time, printed on the programme and the invitations. 00:00: not set.</translation>
    </message>
    <message>
        <source>&amp;Thời lượng:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ</source>
        <translation>Dossier documents</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signatories</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VinhDanh</source>
        <translation>VinhDanh</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>X&amp;em</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Tạo cơ sở &amp;dữ liệu mới…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Mở cơ sở dữ liệu…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Nhập danh sách trích ngang…</source>
        <translation>&amp;Import nominee summary list…</translation>
    </message>
    <message>
        <source>&amp;Lưu tệp mẫu…</source>
        <translation>Save &amp;template…</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>R&amp;estore from backup…</translation>
    </message>
    <message>
        <source>Thay dữ liệu hiện tại bằng một bản sao lưu (dữ liệu hiện tại được giữ lại thành một tệp riêng)</source>
        <translation>Replace the current data with a backup (the current data is kept in a separate file)</translation>
    </message>
    <message>
        <source>&amp;Sao lưu…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Ghi một bản sao đầy đủ của cơ sở dữ liệu</source>
        <translation>Write a full copy of the database</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Thêm &amp;hồ sơ</source>
        <translation>&amp;Add dossier</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Sửa hồ sơ</source>
        <translation>&amp;Edit dossier</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Xóa hồ sơ</source>
        <translation>&amp;Delete dossier</translation>
    </message>
    <message>
        <source>&amp;Tìm</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Cài đặt đợt &amp;biểu dương…</source>
        <translation>&amp;Campaign settings…</translation>
    </message>
    <message>
        <source>&amp;Tùy chọn…</source>
        <translation>&amp;Options…</translation>
    </message>
    <message>
        <source>&amp;Tải lại</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Kết nối máy &amp;chủ…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu PostgreSQL dùng chung trên máy chủ</source>
        <translation>Open a shared PostgreSQL database on a server</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Các trang</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>NomineeEditor</name>
    <message>
        <source>Hồ sơ đề nghị</source>
        <translation>Nomination dossier</translation>
    </message>
    <message>
        <source>Người được đề nghị</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Họ và &amp;tên (*)</source>
        <translation>Full &amp;name (*)</translation>
    </message>
    <message>
        <source>Nguyễn Thị A</source>
        <translation>Nguyễn Thị A</translation>
    </message>
    <message>
        <source>&amp;Giới tính</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>Ngày &amp;sinh</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>Số &amp;CCCD</source>
        <translation>&amp;Citizen ID (CCCD)</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>C&amp;hức vụ (*)</source>
        <translation>&amp;Position (*)</translation>
    </message>
    <message>
        <source>Giáo viên, Công nhân…</source>
        <translation>Teacher, Worker…</translation>
    </message>
    <message>
        <source>Đơn &amp;vị (*)</source>
        <translation>&amp;Unit (*)</translation>
    </message>
    <message>
        <source>&amp;Khối (*)</source>
        <translation>B&amp;loc (*)</translation>
    </message>
    <message>
        <source>Loạ&amp;i</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <source>Đoàn viên công đoàn</source>
        <translation>Trade-union member</translation>
    </message>
    <message>
        <source>Danh hiệu thi đua</source>
        <translation>Emulation title</translation>
    </message>
    <message>
        <source>Sáng kiến</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Tên sáng kiến được áp dụng</source>
        <translation>Name of the applied initiative</translation>
    </message>
    <message>
        <source>QĐ công nhận SK</source>
        <translation>Recognition decision</translation>
    </message>
    <message>
        <source>Số, ngày quyết định / xác nhận</source>
        <translation>Decision / confirmation no. and date</translation>
    </message>
    <message>
        <source>Khen thưởng</source>
        <translation>Merit award</translation>
    </message>
    <message>
        <source>Giấy khen của …</source>
        <translation>Certificate of merit from …</translation>
    </message>
    <message>
        <source>Năm khen thưởng</source>
        <translation>Year of award</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Đề tài LĐST</source>
        <translation>Creative worker project</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Tóm tắt thành tích</source>
        <translation>Summary of achievements</translation>
    </message>
    <message>
        <source>Ngày &amp;nhận hồ sơ</source>
        <translation>Date dossier &amp;received</translation>
    </message>
    <message>
        <source>Có ý kiến của cấp ủy, chính quyền cùng cấp</source>
        <translation>Endorsed by the local party committee and government</translation>
    </message>
    <message>
        <source>Hồ sơ kèm theo</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <source>Số &amp;bộ hồ sơ</source>
        <translation>Paper c&amp;opies</translation>
    </message>
    <message>
        <source>Đã nhận file mềm</source>
        <translation>Soft copy received</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Kéo thả tệp PDF, JPG, PNG vào đây</source>
        <translation>Drag and drop PDF, JPG or PNG files here</translation>
    </message>
    <message>
        <source>Thêm tệp…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gỡ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Kết quả xét (theo Kế hoạch)</source>
        <translation>Review result (according to the Plan)</translation>
    </message>
    <message>
        <source>&amp;Lưu (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Hủy (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Kết quả xét theo Kế hoạch</source>
        <translation>Verdict under the plan</translation>
    </message>
</context>
<context>
    <name>NomineeListView</name>
    <message>
        <source>Tìm theo tên, đơn vị, chức vụ, CCCD (không cần dấu)…</source>
        <translation>Find by name, unit, position, citizen ID (diacritics optional)…</translation>
    </message>
    <message>
        <source>Tìm hồ sơ</source>
        <translation>Find dossiers</translation>
    </message>
    <message>
        <source>Lọc theo khối</source>
        <translation>Filter by bloc</translation>
    </message>
    <message>
        <source>Lọc theo đơn vị</source>
        <translation>Filter by unit</translation>
    </message>
    <message>
        <source>Lọc theo kết quả xét</source>
        <translation>Filter by review result</translation>
    </message>
    <message>
        <source>Lọc theo trạng thái duyệt</source>
        <translation>Filter by approval status</translation>
    </message>
    <message>
        <source>Thêm &amp;hồ sơ</source>
        <translation>&amp;Add dossier</translation>
    </message>
    <message>
        <source>Sử&amp;a</source>
        <translation>Ed&amp;it</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Khối:</source>
        <translation>Bloc:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Kết quả xét:</source>
        <translation>Verdict:</translation>
    </message>
    <message>
        <source>Duyệt:</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <source>Danh sách hồ sơ đề nghị</source>
        <translation>List of nominee dossiers</translation>
    </message>
    <message>
        <source>Bỏ &amp;lọc</source>
        <translation>Clea&amp;r filters</translation>
    </message>
    <message>
        <source>Bỏ mọi bộ lọc và ô tìm: hiện tất cả hồ sơ</source>
        <translation>Clear every filter and the search box: show all dossiers</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>OutputsView</name>
    <message>
        <source>Tài &amp;liệu:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Quyết định khen thưởng</source>
        <translation>Merit award decision</translation>
    </message>
    <message>
        <source>&amp;Mức thưởng mỗi người:</source>
        <translation>Cash &amp;award per person:</translation>
    </message>
    <message>
        <source> đồng</source>
        <translation> VND</translation>
    </message>
    <message>
        <source>Căn chỉnh vị trí in giấy khen…</source>
        <translation>Calibrate certificate of merit print positions…</translation>
    </message>
    <message>
        <source>&amp;Xem trước khi in…</source>
        <translation>Print previe&amp;w…</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Xuất tệ&amp;p…</source>
        <translation>E&amp;xport to file…</translation>
    </message>
    <message>
        <source>Các tài liệu</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Tùy chọn</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Số bản &amp;sao lưu tự động giữ lại:</source>
        <translation>Automatic &amp;backups to keep:</translation>
    </message>
    <message>
        <source>Ẩn số &amp;CCCD trong danh sách và tệp xuất (chỉ hiện 4 số cuối)</source>
        <translation>&amp;Hide citizen ID (CCCD) numbers in lists and exported files (show only the last 4 digits)</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <source>Đơn vị đề nghị và khối của từng đơn vị. Gộp hai đơn vị trùng tên (viết khác nhau) để người được đề nghị chuyển về một đơn vị.</source>
        <translation>Nominating units and the bloc of each unit. Merge two units with the same name (spelled differently) to move their nominees into one unit.</translation>
    </message>
    <message>
        <source>Thêm đơn vị…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Chuyển khối…</source>
        <translation>Move to bloc…</translation>
    </message>
    <message>
        <source>Gộp vào đơn vị khác…</source>
        <translation>Merge into another unit…</translation>
    </message>
    <message>
        <source>Xóa đơn vị trống</source>
        <translation>Delete empty unit</translation>
    </message>
    <message>
        <source>Danh sách đơn vị</source>
        <translation>List of units</translation>
    </message>
</context>
<context>
    <name>vd</name>
    <message>
        <source>Không có tệp %1.</source>
        <translation>File %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>vd::ApprovalService</name>
    <message>
        <source>Mã %1: không có người được đề nghị này trong đợt biểu dương đang dùng.</source>
        <translation>ID %1: there is no such nominee in the current campaign.</translation>
    </message>
    <message>
        <source>%1 (mã %2, %3): %4 — %5</source>
        <translation>%1 (ID %2, %3): %4 — %5</translation>
    </message>
    <message>
        <source>Khối %1: chỉ tiêu %2, đã duyệt %3, đề nghị thêm %4</source>
        <translation>Bloc %1: quota %2, %3 approved, %4 more proposed</translation>
    </message>
    <message>
        <source>Không duyệt được (không có gì thay đổi):</source>
        <translation>Cannot approve (nothing changed):</translation>
    </message>
    <message>
        <source>Không bỏ duyệt được (không có gì thay đổi):</source>
        <translation>Cannot take approval back (nothing changed):</translation>
    </message>
    <message>
        <source>(ghi “đã xem xét” kèm lý do thì mới duyệt được)</source>
        <translation>(record “reviewed” with a reason to make it approvable)</translation>
    </message>
</context>
<context>
    <name>vd::ApprovedExport</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Khối</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Tóm tắt thành tích</source>
        <translation>Summary of achievements</translation>
    </message>
    <message>
        <source>Không ghi được tệp %1: %2</source>
        <translation>Cannot write file %1: %2</translation>
    </message>
    <message>
        <source>Không tạo được thư mục tạm để ghi tệp XLSX: %1</source>
        <translation>Cannot create a temporary folder to write the XLSX file: %1</translation>
    </message>
    <message>
        <source>Không tạo được bảng tính XLSX %1.</source>
        <translation>Cannot create XLSX spreadsheet %1.</translation>
    </message>
    <message>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Danh sách Lao động giỏi tiêu biểu được biểu dương</source>
        <translation>List of honoured outstanding workers</translation>
    </message>
    <message>
        <source>Không ghi được tệp XLSX %1: %2</source>
        <translation>Cannot write XLSX file %1: %2</translation>
    </message>
    <message>
        <source>Không đọc lại được bảng tính tạm %1: %2</source>
        <translation>Cannot read back temporary spreadsheet %1: %2</translation>
    </message>
    <message>
        <source>%1, ngày %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>DANH SÁCH LAO ĐỘNG GIỎI TIÊU BIỂU ĐƯỢC BIỂU DƯƠNG</source>
        <translation>LIST OF HONOURED OUTSTANDING WORKERS</translation>
    </message>
    <message>
        <source>Trang %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
</context>
<context>
    <name>vd::ApprovedList</name>
    <message>
        <source>Chưa có người nào được duyệt biểu dương trong đợt &quot;%1&quot;: hãy duyệt danh sách trước.</source>
        <translation>No one has been approved for honouring in campaign &quot;%1&quot; yet: approve the list first.</translation>
    </message>
</context>
<context>
    <name>vd::AttachmentStore</name>
    <message>
        <source>Tệp đính kèm không có tên.</source>
        <translation>The attachment has no name.</translation>
    </message>
    <message>
        <source>Tệp %1 rỗng.</source>
        <translation>File %1 is empty.</translation>
    </message>
    <message>
        <source>Tệp %1 lớn %2 MB, quá giới hạn %3 MB.</source>
        <translation>File %1 is %2 MB, over the %3 MB limit.</translation>
    </message>
    <message>
        <source>Tệp %1 không phải PDF, JPG hay PNG (nội dung là %2).</source>
        <translation>File %1 is not a PDF, JPG or PNG file (its content is %2).</translation>
    </message>
    <message>
        <source>đọc danh sách tệp đính kèm</source>
        <translation>reading the attachment list</translation>
    </message>
    <message>
        <source>Không có tệp %1.</source>
        <translation>File %1 does not exist.</translation>
    </message>
    <message>
        <source>Không đọc được tệp %1: %2</source>
        <translation>Cannot read file %1: %2</translation>
    </message>
    <message>
        <source>lưu tệp đính kèm %1</source>
        <translation>saving attachment %1</translation>
    </message>
    <message>
        <source>đọc tệp đính kèm</source>
        <translation>reading the attachment</translation>
    </message>
    <message>
        <source>Không có tệp đính kèm mã %1.</source>
        <translation>There is no attachment with ID %1.</translation>
    </message>
    <message>
        <source>xóa tệp đính kèm</source>
        <translation>deleting the attachment</translation>
    </message>
    <message>
        <source>xóa tệp đính kèm %1</source>
        <translation>deleting attachment %1</translation>
    </message>
    <message>
        <source>khôi phục tệp đính kèm %1</source>
        <translation>restoring attachment %1</translation>
    </message>
</context>
<context>
    <name>vd::AuditLog</name>
    <message>
        <source>ghi nhật ký</source>
        <translation>writing the audit log</translation>
    </message>
    <message>
        <source>đọc nhật ký</source>
        <translation>reading the audit log</translation>
    </message>
</context>
<context>
    <name>vd::AutoBackup</name>
    <message>
        <source>Không tạo được thư mục sao lưu %1.</source>
        <translation>Cannot create backup folder %1.</translation>
    </message>
</context>
<context>
    <name>vd::Budget</name>
    <message>
        <source>Nội dung chi không được để trống.</source>
        <translation>The cost line needs a description.</translation>
    </message>
    <message>
        <source>Số lượng phải từ 0 đến %1.</source>
        <translation>The quantity must be from 0 to %1.</translation>
    </message>
    <message>
        <source>Đơn giá phải từ 0 đến %1 đồng.</source>
        <translation>The unit price must be from 0 to %1 VND.</translation>
    </message>
    <message>
        <source>đọc các khoản chi của dự toán</source>
        <translation>reading the cost lines of the budget</translation>
    </message>
    <message>
        <source>Khoản chi không hợp lệ.</source>
        <translation>Invalid cost line.</translation>
    </message>
    <message>
        <source>thêm khoản chi</source>
        <translation>adding a cost line</translation>
    </message>
    <message>
        <source>sửa khoản chi</source>
        <translation>changing a cost line</translation>
    </message>
    <message>
        <source>Không có khoản chi số %1 trong đợt này.</source>
        <translation>There is no cost line %1 in this campaign.</translation>
    </message>
    <message>
        <source>xóa khoản chi</source>
        <translation>removing a cost line</translation>
    </message>
    <message>
        <source>Tiền thưởng mỗi người quá lớn (tối đa %1 đồng).</source>
        <translation>The cash award per person is too large (at most %1 VND).</translation>
    </message>
    <message>
        <source>đếm người được duyệt</source>
        <translation>counting the approved nominees</translation>
    </message>
    <message>
        <source>Tổng dự toán quá lớn.</source>
        <translation>The budget total is too large.</translation>
    </message>
</context>
<context>
    <name>vd::CampaignStore</name>
    <message>
        <source>đọc đợt biểu dương đang dùng</source>
        <translation>reading the current campaign</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa có đợt biểu dương nào đang dùng.</source>
        <translation>The database has no current campaign yet.</translation>
    </message>
    <message>
        <source>đọc đợt biểu dương</source>
        <translation>reading the campaign</translation>
    </message>
    <message>
        <source>Không có đợt biểu dương số %1.</source>
        <translation>There is no campaign with ID %1.</translation>
    </message>
    <message>
        <source>đọc danh mục của đợt</source>
        <translation>reading the campaign&apos;s reference lists</translation>
    </message>
    <message>
        <source>đọc người ký</source>
        <translation>reading the signatory</translation>
    </message>
    <message>
        <source>đọc danh mục hồ sơ</source>
        <translation>reading the dossier document types</translation>
    </message>
    <message>
        <source>đọc các khối</source>
        <translation>reading the blocs</translation>
    </message>
    <message>
        <source>đọc danh sách đợt biểu dương</source>
        <translation>reading the list of campaigns</translation>
    </message>
    <message>
        <source>tạo đợt biểu dương</source>
        <translation>creating the campaign</translation>
    </message>
    <message>
        <source>đặt đợt đang dùng</source>
        <translation>setting the current campaign</translation>
    </message>
    <message>
        <source>lưu đợt biểu dương</source>
        <translation>saving the campaign</translation>
    </message>
    <message>
        <source>kiểm tra khối</source>
        <translation>checking the bloc</translation>
    </message>
    <message>
        <source>Không xóa được khối %1: còn đơn vị hoặc người được đề nghị thuộc khối này.</source>
        <translation>Cannot delete bloc %1: units or nominees still belong to it.</translation>
    </message>
    <message>
        <source>xóa khối</source>
        <translation>deleting the bloc</translation>
    </message>
    <message>
        <source>lưu khối %1</source>
        <translation>saving bloc %1</translation>
    </message>
    <message>
        <source>thêm khối %1</source>
        <translation>adding bloc %1</translation>
    </message>
    <message>
        <source>lưu danh mục của đợt</source>
        <translation>saving the campaign&apos;s reference lists</translation>
    </message>
    <message>
        <source>lưu người ký</source>
        <translation>saving the signatory</translation>
    </message>
    <message>
        <source>lưu danh mục hồ sơ</source>
        <translation>saving the dossier document types</translation>
    </message>
    <message>
        <source>Tên đợt: chưa nhập.</source>
        <translation>Campaign name: not entered.</translation>
    </message>
    <message>
        <source>Số kế hoạch: chưa nhập.</source>
        <translation>Plan number: not entered.</translation>
    </message>
    <message>
        <source>Hạn nộp hồ sơ: chưa nhập hoặc không phải ngày.</source>
        <translation>Dossier deadline: not entered or not a date.</translation>
    </message>
    <message>
        <source>Ngày hội nghị: chưa nhập hoặc không phải ngày.</source>
        <translation>Conference date: not entered or not a date.</translation>
    </message>
    <message>
        <source>Ngày hội nghị %1 ở trước hạn nộp hồ sơ %2.</source>
        <translation>The conference date %1 is before the dossier deadline %2.</translation>
    </message>
    <message>
        <source>Chưa tạo được đợt mới.</source>
        <translation>The new campaign was not created.</translation>
    </message>
    <message>
        <source>Tạo đợt “%1” (năm %2) từ đợt “%3” (mã %4)</source>
        <translation>Created campaign “%1” (year %2) from campaign “%3” (id %4)</translation>
    </message>
    <message>
        <source>khóa đợt biểu dương</source>
        <translation>locking the campaign</translation>
    </message>
    <message>
        <source>Đợt “%1” đã khóa (chỉ xem): không sửa được. Mở lại đợt trước khi sửa.</source>
        <translation>Campaign “%1” is closed (read-only): it cannot be changed. Reopen the campaign before changing it.</translation>
    </message>
    <message>
        <source>đọc mức của các quy tắc</source>
        <translation>reading the rules&apos; severities</translation>
    </message>
    <message>
        <source>đọc các lần được biểu dương trước</source>
        <translation>reading earlier honours</translation>
    </message>
    <message>
        <source>lưu mức của các quy tắc</source>
        <translation>saving the rules&apos; severities</translation>
    </message>
</context>
<context>
    <name>vd::CitizenId</name>
    <message>
        <source>Số CCCD phải có đúng 12 chữ số (đang có %1 ký tự).</source>
        <translation>The citizen ID (CCCD) number must have exactly 12 digits (it has %1 characters).</translation>
    </message>
    <message>
        <source>Số CCCD chỉ được gồm chữ số.</source>
        <translation>The citizen ID (CCCD) number may contain only digits.</translation>
    </message>
    <message>
        <source>Số CCCD bắt đầu bằng %1, không phải mã tỉnh, thành phố nào.</source>
        <translation>The citizen ID (CCCD) number starts with %1, which is not the code of any province or city.</translation>
    </message>
    <message>
        <source>Chữ số thứ 4 của số CCCD (%1) không hợp lệ: phải là 0, 1 (sinh 1900–1999) hoặc 2, 3 (sinh 2000–2099).</source>
        <translation>The 4th digit of the citizen ID (CCCD) number (%1) is invalid: it must be 0 or 1 (born 1900–1999) or 2 or 3 (born 2000–2099).</translation>
    </message>
    <message>
        <source>Số CCCD ghi giới tính %1 nhưng cột Giới tính là %2.</source>
        <translation>The citizen ID (CCCD) number indicates sex %1 but the Gender column says %2.</translation>
    </message>
    <message>
        <source>Số CCCD ghi năm sinh %1 nhưng ngày sinh là %2.</source>
        <translation>The citizen ID (CCCD) number indicates birth year %1 but the date of birth is %2.</translation>
    </message>
    <message>
        <source>Số CCCD ghi năm sinh %1 nhưng năm sinh là %2 (chỉ biết năm, không biết ngày).</source>
        <translation>The CCCD number gives birth year %1 but the year of birth is %2 (only the year is known, not the date).</translation>
    </message>
</context>
<context>
    <name>vd::Council</name>
    <message>
        <source>Chủ tịch Hội đồng</source>
        <translation>Council chair</translation>
    </message>
    <message>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>quá %1/%2 số thành viên có mặt</source>
        <translation>more than %1/%2 of the members present</translation>
    </message>
    <message>
        <source>quá %1/%2 tổng số thành viên</source>
        <translation>more than %1/%2 of all members</translation>
    </message>
    <message>
        <source>đọc thiết lập hội nghị</source>
        <translation>reading the conference settings</translation>
    </message>
    <message>
        <source>Tỷ lệ đa số phải là một phân số từ 1/%1 đến 1 (ví dụ 1/2, 2/3).</source>
        <translation>The majority must be a fraction from 1/%1 to 1 (e.g. 1/2, 2/3).</translation>
    </message>
    <message>
        <source>Số người mỗi lượt lên nhận phải từ 1 đến 200.</source>
        <translation>The number of honourees called up at once must be from 1 to 200.</translation>
    </message>
    <message>
        <source>Thiết lập hội nghị không hợp lệ.</source>
        <translation>Invalid conference settings.</translation>
    </message>
    <message>
        <source>ghi thiết lập hội nghị</source>
        <translation>saving the conference settings</translation>
    </message>
    <message>
        <source>đọc thành viên Hội đồng</source>
        <translation>reading the council members</translation>
    </message>
    <message>
        <source>Họ và tên thành viên Hội đồng không được để trống.</source>
        <translation>The council member&apos;s full name cannot be empty.</translation>
    </message>
    <message>
        <source>Hội đồng đã có %1: %2.</source>
        <translation>The council already has a %1: %2.</translation>
    </message>
    <message>
        <source>thêm thành viên Hội đồng</source>
        <translation>adding a council member</translation>
    </message>
    <message>
        <source>ghi có mặt của thành viên Hội đồng</source>
        <translation>recording a council member&apos;s attendance</translation>
    </message>
    <message>
        <source>Không có thành viên Hội đồng số %1 trong đợt này.</source>
        <translation>There is no council member %1 in this campaign.</translation>
    </message>
    <message>
        <source>xóa thành viên Hội đồng</source>
        <translation>removing a council member</translation>
    </message>
    <message>
        <source>đọc kết quả kiểm phiếu</source>
        <translation>reading the vote count</translation>
    </message>
    <message>
        <source>Số phiếu không được âm.</source>
        <translation>Vote counts cannot be negative.</translation>
    </message>
    <message>
        <source>Chưa có thành viên Hội đồng: thêm thành viên trước khi nhập phiếu.</source>
        <translation>The council has no members yet: add them before entering votes.</translation>
    </message>
    <message>
        <source>Hồ sơ số %1 không có trên phiếu bầu (chỉ người đủ điều kiện mới được bầu).</source>
        <translation>Dossier %1 is not on the ballot (only eligible nominees are voted on).</translation>
    </message>
    <message>
        <source>%1: %2 phiếu nhưng chỉ %3 thành viên được bầu (%4 thành viên cùng đơn vị không bầu).</source>
        <translation>%1: %2 votes but only %3 members may vote (%4 members of the same unit do not vote).</translation>
    </message>
    <message>
        <source>ghi kết quả kiểm phiếu</source>
        <translation>saving the vote count</translation>
    </message>
    <message>
        <source>xóa kết quả kiểm phiếu</source>
        <translation>clearing the vote count</translation>
    </message>
    <message>
        <source>sửa thành viên Hội đồng</source>
        <translation>editing a council member</translation>
    </message>
    <message>
        <source>nữ</source>
        <translation>women</translation>
    </message>
    <message>
        <source>công nhân, lao động trực tiếp</source>
        <translation>workers (direct labour)</translation>
    </message>
    <message>
        <source>Thứ tự ưu tiên khi bằng phiếu: không biết &quot;%1&quot; (dùng %2).</source>
        <translation>Tie priority: &quot;%1&quot; is not known (use %2).</translation>
    </message>
    <message>
        <source>Thứ tự ưu tiên khi bằng phiếu: &quot;%1&quot; có hai lần.</source>
        <translation>Tie priority: &quot;%1&quot; is given twice.</translation>
    </message>
</context>
<context>
    <name>vd::CsvReader</name>
    <message>
        <source>Tệp CSV không phải văn bản UTF-8 hay UTF-16 hợp lệ. Trong Excel hãy lưu bằng “CSV UTF-8 (Comma delimited)”.</source>
        <translation>The CSV file is not valid UTF-8 or UTF-16 text. In Excel, save it as “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <source>Tệp không phải tệp CSV (có byte NUL: tệp nhị phân).</source>
        <translation>The file is not a CSV file (it contains NUL bytes: a binary file).</translation>
    </message>
    <message>
        <source>Tệp CSV bị từ chối: %1 MB, vượt giới hạn %2 MB.</source>
        <translation>CSV file rejected: %1 MB, over the %2 MB limit.</translation>
    </message>
    <message>
        <source>Tệp CSV bị từ chối: một ô ở dòng %1 dài %2 ký tự, quá giới hạn %3 của Excel.</source>
        <translation>CSV file rejected: a cell on line %1 is %2 characters long, over Excel&apos;s limit of %3.</translation>
    </message>
    <message>
        <source>Tệp CSV bị từ chối: hơn %1 ô (dòng %2), quá lớn cho một danh sách.</source>
        <translation>CSV file rejected: more than %1 cells (line %2), too large for a list.</translation>
    </message>
    <message>
        <source>Tệp CSV hỏng: dấu ngoặc kép mở ở dòng %1 không được đóng.</source>
        <translation>Corrupt CSV file: the quotation mark opened on line %1 is never closed.</translation>
    </message>
    <message>
        <source>Tệp CSV không có dòng nào.</source>
        <translation>The CSV file has no rows.</translation>
    </message>
    <message>
        <source>Không đọc được tệp %1: %2</source>
        <translation>Cannot read file %1: %2</translation>
    </message>
</context>
<context>
    <name>vd::Database</name>
    <message>
        <source>Tệp %1 rỗng (0 byte), không phải cơ sở dữ liệu VinhDanh.</source>
        <translation>File %1 is empty (0 bytes), not a VinhDanh database.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang bận (một người hoặc chương trình khác đang ghi), hãy thử lại: %1</source>
        <translation>The database is busy (another person or program is writing to it); try again: %1</translation>
    </message>
    <message>
        <source>Lỗi cơ sở dữ liệu khi %1: %2</source>
        <translation>Database error while %1: %2</translation>
    </message>
    <message>
        <source>Chưa chỉ định tệp cơ sở dữ liệu.</source>
        <translation>No database file specified.</translation>
    </message>
    <message>
        <source>%1 là một thư mục, không phải tệp cơ sở dữ liệu.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Tệp %1 là cơ sở dữ liệu SQLite nhưng không phải của VinhDanh.</source>
        <translation>File %1 is an SQLite database but not a VinhDanh one.</translation>
    </message>
    <message>
        <source>Tệp %1 do phiên bản VinhDanh mới hơn tạo (lược đồ %2, bản này hiểu đến %3). Hãy cập nhật chương trình.</source>
        <translation>File %1 was created by a newer version of VinhDanh (schema %2; this version understands up to %3). Update the program.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp cơ sở dữ liệu %1.</source>
        <translation>Database file %1 not found.</translation>
    </message>
    <message>
        <source>Thư mục %1 không tồn tại.</source>
        <translation>Folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Thiếu trình điều khiển SQLite của Qt (gói libqt6sql6-sqlite).</source>
        <translation>The Qt SQLite driver is missing (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Không mở được %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>đánh dấu tệp VinhDanh</source>
        <translation>marking the file as a VinhDanh file</translation>
    </message>
    <message>
        <source>đọc cấu trúc cơ sở dữ liệu</source>
        <translation>reading the database structure</translation>
    </message>
    <message>
        <source>Tệp %1 có lược đồ cũ (phiên bản %2) cần nâng cấp.</source>
        <translation>File %1 has an old schema (version %2) that needs upgrading.</translation>
    </message>
    <message>
        <source>ghi tệp cơ sở dữ liệu</source>
        <translation>writing the database file</translation>
    </message>
    <message>
        <source>cấu hình kết nối</source>
        <translation>configuring the connection</translation>
    </message>
    <message>
        <source>đọc phiên bản lược đồ</source>
        <translation>reading the schema version</translation>
    </message>
    <message>
        <source>ghi phiên bản lược đồ</source>
        <translation>writing the schema version</translation>
    </message>
    <message>
        <source>Nâng cấp lược đồ lên phiên bản %1 thất bại: %2</source>
        <translation>Upgrading the schema to version %1 failed: %2</translation>
    </message>
    <message>
        <source>đọc đợt biểu dương</source>
        <translation>reading the campaign</translation>
    </message>
    <message>
        <source>Tài khoản “%1” không có quyền %2 trên máy chủ cơ sở dữ liệu. Hãy nhờ người quản trị cấp quyền (vai trò nhập liệu, duyệt hoặc quản trị).</source>
        <translation>Account “%1” does not have the %2 privilege on the database server. Ask the administrator to grant it (data-entry, approver or administrator role).</translation>
    </message>
    <message>
        <source>bắt đầu giao dịch</source>
        <translation>starting a transaction</translation>
    </message>
    <message>
        <source>hủy giao dịch</source>
        <translation>rolling back the transaction</translation>
    </message>
    <message>
        <source>báo thay đổi</source>
        <translation>notifying of changes</translation>
    </message>
    <message>
        <source>ghi giao dịch</source>
        <translation>committing the transaction</translation>
    </message>
    <message>
        <source>Lỗi chương trình: khóa duyệt đợt %1 phải nằm trong một giao dịch.</source>
        <translation>Program error: the approval lock of campaign %1 must be taken inside a transaction.</translation>
    </message>
    <message>
        <source>chờ lượt duyệt</source>
        <translation>waiting for the approval lock</translation>
    </message>
    <message>
        <source>Tệp %1 đã có; chọn tên khác cho bản sao lưu.</source>
        <translation>File %1 already exists; choose another name for the backup.</translation>
    </message>
    <message>
        <source>sao lưu</source>
        <translation>backing up</translation>
    </message>
    <message>
        <source>Không ghi được bản sao lưu %1.</source>
        <translation>Cannot write backup %1.</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ không hợp lệ: %1 (dạng đúng: postgresql://người_dùng@máy_chủ:cổng/tên_cơ_sở_dữ_liệu).</source>
        <translation>Invalid server address: %1 (correct form: postgresql://user@host:port/dbname).</translation>
    </message>
    <message>
        <source>Không ghi mật khẩu trong địa chỉ máy chủ. Hãy để mật khẩu trong tệp ~/.pgpass (hoặc tệp do biến PGPASSFILE chỉ định).</source>
        <translation>Do not put the password in the server address. Keep it in the file ~/.pgpass (or the file named by the PGPASSFILE variable).</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ %1 thiếu tên cơ sở dữ liệu (postgresql://người_dùng@máy_chủ:cổng/tên_cơ_sở_dữ_liệu).</source>
        <translation>Server address %1 has no database name (postgresql://user@host:port/dbname).</translation>
    </message>
    <message>
        <source>Tham số “%1” trong địa chỉ máy chủ không dùng được.</source>
        <translation>Parameter “%1” cannot be used in the server address.</translation>
    </message>
    <message>
        <source>Thiếu trình điều khiển PostgreSQL của Qt (gói libqt6sql6-psql), không kết nối được %1.</source>
        <translation>The Qt PostgreSQL driver is missing (package libqt6sql6-psql); cannot connect to %1.</translation>
    </message>
    <message>
        <source>Không kết nối được máy chủ PostgreSQL %1.</source>
        <translation>Cannot connect to PostgreSQL server %1.</translation>
    </message>
    <message>
        <source>Kiểm tra máy chủ đang chạy, địa chỉ và cổng, tên người dùng, và mật khẩu trong tệp ~/.pgpass (hoặc PGPASSFILE).</source>
        <translation>Check that the server is running, the address and port, the user name, and the password in ~/.pgpass (or PGPASSFILE).</translation>
    </message>
    <message>
        <source>đọc bảng mã của cơ sở dữ liệu</source>
        <translation>reading the database encoding</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 dùng bảng mã %2; VinhDanh cần UTF8 (tạo lại bằng: createdb -E UTF8 -T template0 ...).</source>
        <translation>Database %1 uses encoding %2; VinhDanh needs UTF8 (recreate it with: createdb -E UTF8 -T template0 ...).</translation>
    </message>
    <message>
        <source>đọc tên người dùng</source>
        <translation>reading the user name</translation>
    </message>
    <message>
        <source>chờ lượt kiểm tra lược đồ</source>
        <translation>waiting for the schema check lock</translation>
    </message>
    <message>
        <source>mở khóa lược đồ</source>
        <translation>releasing the schema lock</translation>
    </message>
    <message>
        <source>Không đọc được phiên bản lược đồ của %1.</source>
        <translation>Cannot read the schema version of %1.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 đã có %2 bảng nhưng không phải của VinhDanh (thiếu bảng %3). Hãy dùng một cơ sở dữ liệu trống.</source>
        <translation>Database %1 already has %2 tables but is not a VinhDanh database (table %3 is missing). Use an empty database.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 còn trống, chưa có dữ liệu VinhDanh.</source>
        <translation>Database %1 is empty; it has no VinhDanh data yet.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 có bảng %2 nhưng không phải của VinhDanh.</source>
        <translation>Database %1 has a table %2 but is not a VinhDanh database.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 do phiên bản VinhDanh mới hơn tạo (lược đồ %2, bản này hiểu đến %3). Hãy cập nhật chương trình.</source>
        <translation>Database %1 was created by a newer version of VinhDanh (schema %2; this version understands up to %3). Update the program.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 có lược đồ cũ (phiên bản %2) cần nâng cấp.</source>
        <translation>Database %1 has an old schema (version %2) that needs upgrading.</translation>
    </message>
    <message>
        <source>tạo bảng</source>
        <translation>creating tables</translation>
    </message>
    <message>
        <source>đánh dấu cơ sở dữ liệu VinhDanh</source>
        <translation>marking the database as a VinhDanh database</translation>
    </message>
    <message>
        <source>Tệp %1 là tệp làm việc của SQLite cho cơ sở dữ liệu %2, không phải một cơ sở dữ liệu. Hãy mở %2.</source>
        <translation>File %1 is SQLite&apos;s working file for the database %2, not a database. Open %2 instead.</translation>
    </message>
    <message>
        <source>Tệp %1 không phải cơ sở dữ liệu SQLite (không phải tệp VinhDanh), hoặc phần đầu của nó đã hỏng.</source>
        <translation>File %1 is not an SQLite database (not a VinhDanh file), or its beginning is damaged.</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu %1 bị hỏng hoặc bị cắt cụt (khi %2). Không ghi gì thêm vào tệp này; hãy khôi phục từ bản sao lưu.</source>
        <translation>The database file %1 is damaged or truncated (while %2). Nothing more is written to it; restore it from a backup.</translation>
    </message>
    <message>
        <source>Tệp %1 là cơ sở dữ liệu đang mở (hoặc tệp làm việc -wal/-shm của nó); không đọc hay ghi đè nó như một tệp thường. Hãy chọn tệp khác.</source>
        <translation>File %1 is the open database (or its -wal/-shm working file); it is not read or overwritten as an ordinary file. Choose another file.</translation>
    </message>
    <message>
        <source>Thư mục %1 chỉ cho đọc: không ghi được cơ sở dữ liệu %2 (SQLite cần tạo tệp -wal và -shm cạnh nó). Hãy chép tệp sang một thư mục được ghi, hoặc xin quyền ghi thư mục này.</source>
        <translation>Folder %1 is read-only: the database %2 cannot be written (SQLite must create its -wal and -shm files next to it). Copy the file to a folder you can write, or ask for write permission on this folder.</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu %1 chỉ cho đọc: không ghi được (khi %2). Hãy xin quyền ghi tệp này, hoặc dùng một bản sao.</source>
        <translation>The database file %1 is read-only: it cannot be written (while %2). Ask for write permission on this file, or use a copy.</translation>
    </message>
    <message>
        <source>kiểm tra tính toàn vẹn của tệp</source>
        <translation>checking the file&apos;s integrity</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu %1 bị hỏng (kiểm tra toàn vẹn không đạt). Không ghi gì thêm vào tệp này; hãy khôi phục từ bản sao lưu.</source>
        <translation>The database file %1 is damaged (the integrity check failed). Nothing more is written to it; restore it from a backup.</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu %1 bị hỏng: không ghi gì vào tệp này. Hãy khôi phục từ bản sao lưu.</source>
        <translation>The database file %1 is damaged: nothing is written to it. Restore it from a backup.</translation>
    </message>
    <message>
        <source>ghi duyệt</source>
        <translation>recording the approval</translation>
    </message>
</context>
<context>
    <name>vd::ImportTemplate</name>
    <message>
        <source>Không tạo được tệp mẫu %1.</source>
        <translation>Cannot create template file %1.</translation>
    </message>
    <message>
        <source>Danh sách trích ngang người được đề nghị biểu dương</source>
        <translation>Nominee summary list for honouring</translation>
    </message>
    <message>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Không ghi được tệp mẫu %1: %2</source>
        <translation>Cannot write template file %1: %2</translation>
    </message>
    <message>
        <source>Không tạo được thư mục tạm để ghi tệp mẫu.</source>
        <translation>Cannot create a temporary folder to write the template file.</translation>
    </message>
    <message>
        <source>Không đọc lại được tệp mẫu vừa tạo: %1</source>
        <translation>Cannot read back the template file just created: %1</translation>
    </message>
</context>
<context>
    <name>vd::ImportValues</name>
    <message>
        <source>Quá dài: %1 ký tự, tối đa %2.</source>
        <translation>Too long: %1 characters, at most %2.</translation>
    </message>
    <message>
        <source>“%1” là một số, không phải ngày: hãy ghi ngày dạng dd/mm/yyyy.</source>
        <translation>“%1” is a number, not a date: enter the date as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>“%1” không phải ngày: hãy ghi dạng dd/mm/yyyy (ví dụ 05/03/1985) hoặc yyyy-mm-dd.</source>
        <translation>“%1” is not a date: enter it as dd/mm/yyyy (e.g. 05/03/1985) or yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>Ngày “%1” không có thật.</source>
        <translation>Date “%1” does not exist.</translation>
    </message>
    <message>
        <source>Ngày %1 trước năm 1900.</source>
        <translation>Date %1 is before 1900.</translation>
    </message>
    <message>
        <source>Ngày %1 ở tương lai (hôm nay là %2).</source>
        <translation>Date %1 is in the future (today is %2).</translation>
    </message>
    <message>
        <source>“%1” không phải có/không: ghi “Có” (hoặc x, ✓, 1) hay “Không” (hoặc để trống, 0).</source>
        <translation>“%1” is not yes/no: enter “Có” (or x, ✓, 1) for yes or “Không” (or leave empty, 0) for no.</translation>
    </message>
    <message>
        <source>Giới tính “%1” không hợp lệ: ghi Nam hoặc Nữ.</source>
        <translation>Invalid gender “%1”: enter Nam (male) or Nữ (female).</translation>
    </message>
    <message>
        <source>Loại “%1” không hợp lệ: ghi “Lao động giỏi” hoặc “Lao động sáng tạo”.</source>
        <translation>Invalid category “%1”: enter “Lao động giỏi” (outstanding worker) or “Lao động sáng tạo” (creative worker).</translation>
    </message>
    <message>
        <source>Ô bắt buộc “Khối” đang trống.</source>
        <translation>The required cell “Bloc” is empty.</translation>
    </message>
    <message>
        <source>Khối “%1” không có trong đợt này; các khối: %2.</source>
        <translation>Bloc “%1” is not in this campaign; the blocs are: %2.</translation>
    </message>
    <message>
        <source>Không rõ giấy tờ: %1 (ghi mã hoặc tên, cách nhau bằng dấu chấm phẩy: %2).</source>
        <translation>Unknown document: %1 (enter codes or names separated by semicolons: %2).</translation>
    </message>
    <message>
        <source>“%1” không phải số nguyên.</source>
        <translation>“%1” is not a whole number.</translation>
    </message>
    <message>
        <source>Số bộ hồ sơ không được âm (%1).</source>
        <translation>The number of paper copies cannot be negative (%1).</translation>
    </message>
    <message>
        <source>Số bộ hồ sơ %1 quá lớn.</source>
        <translation>The number of paper copies %1 is too large.</translation>
    </message>
    <message>
        <source>“%1” không phải năm (ví dụ 2023).</source>
        <translation>“%1” is not a year (e.g. 2023).</translation>
    </message>
    <message>
        <source>Năm %1 không hợp lệ (từ 1900 đến %2).</source>
        <translation>Invalid year %1 (must be from 1900 to %2).</translation>
    </message>
    <message>
        <source>Số CCCD “%1” không phải dãy chữ số.</source>
        <translation>Citizen ID (CCCD) number “%1” is not a string of digits.</translation>
    </message>
    <message>
        <source>Số CCCD “%1” bị Excel ghi dạng số mũ nên đã mất chữ số: hãy định dạng cột là Văn bản và gõ lại.</source>
        <translation>Citizen ID (CCCD) number “%1” was stored by Excel in exponential notation and has lost digits: format the column as Text and type it again.</translation>
    </message>
    <message>
        <source>Số CCCD “%1” chỉ được gồm chữ số.</source>
        <translation>Citizen ID (CCCD) number “%1” may contain only digits.</translation>
    </message>
    <message>
        <source>Số CCCD được lưu dạng số nên mất số 0 đầu: đã thêm lại thành 0%1.</source>
        <translation>The citizen ID (CCCD) number was stored as a number and lost its leading 0: restored as 0%1.</translation>
    </message>
    <message>
        <source>Số CCCD chỉ có 11 chữ số (mất số 0 đầu?): đã thêm lại thành 0%1.</source>
        <translation>The citizen ID (CCCD) number has only 11 digits (leading 0 lost?): restored as 0%1.</translation>
    </message>
    <message>
        <source>Số CCCD %1 được lưu dạng số và có %2 chữ số: không khôi phục được chắc chắn; hãy định dạng cột là Văn bản và gõ đủ 12 chữ số.</source>
        <translation>Citizen ID (CCCD) number %1 was stored as a number and has %2 digits: it cannot be restored reliably; format the column as Text and type all 12 digits.</translation>
    </message>
    <message>
        <source>Số CCCD phải có đúng 12 chữ số (đang có %1).</source>
        <translation>The citizen ID (CCCD) number must have exactly 12 digits (it has %1).</translation>
    </message>
</context>
<context>
    <name>vd::ImportWriter</name>
    <message>
        <source>Không nhập được: tệp thiếu cột bắt buộc.</source>
        <translation>Cannot import: the file is missing a required column.</translation>
    </message>
    <message>
        <source>Không nhập gì: %1 dòng có lỗi (%2 lỗi). Sửa tệp rồi nhập lại, hoặc chỉ nhập các dòng hợp lệ.</source>
        <translation>Nothing imported: %1 rows have errors (%2 errors). Fix the file and import again, or import only the valid rows.</translation>
    </message>
    <message>
        <source>tệp %1: nhập %2, bỏ qua %3, cảnh báo %4, đơn vị mới %5</source>
        <translation>file %1: %2 imported, %3 skipped, %4 warnings, %5 new units</translation>
    </message>
    <message>
        <source>đọc danh sách đã duyệt</source>
        <translation>reading the approved list</translation>
    </message>
    <message>
        <source>Đã hủy; không lưu hồ sơ nào.</source>
        <translation>Cancelled; no dossiers were saved.</translation>
    </message>
</context>
<context>
    <name>vd::DocxReader</name>
    <message>
        <source>Không có tệp %1.</source>
        <translation>File %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Bảng %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>Tệp DOCX bị từ chối: %1 có hơn %2 cột.</source>
        <translation>DOCX file refused: %1 has more than %2 columns.</translation>
    </message>
    <message>
        <source>Tệp không phải tệp DOCX (không mở được như tệp nén ZIP).</source>
        <translation>The file is not a DOCX file (it cannot be opened as a ZIP archive).</translation>
    </message>
    <message>
        <source>Tệp nén này không phải văn bản Word DOCX (thiếu word/document.xml).</source>
        <translation>This archive is not a Word DOCX document (word/document.xml is missing).</translation>
    </message>
    <message>
        <source>Văn bản DOCX không có bảng nào: danh sách trích ngang phải là một bảng.</source>
        <translation>The DOCX document has no table: the nominee summary list must be a table.</translation>
    </message>
    <message>
        <source>dòng %1 của %2</source>
        <translation>row %1 of %2</translation>
    </message>
</context>
<context>
    <name>vd::Importer</name>
    <message>
        <source>Ô bắt buộc “%1” đang trống.</source>
        <translation>The required cell “%1” is empty.</translation>
    </message>
    <message>
        <source>Số CCCD %1 trùng với dòng %2.</source>
        <translation>Citizen ID (CCCD) number %1 duplicates row %2.</translation>
    </message>
    <message>
        <source>Ô “Đoàn viên công đoàn” để trống: hiểu là Không.</source>
        <translation>The “Trade-union member” cell is empty: taken as No.</translation>
    </message>
    <message>
        <source>Không có tệp %1.</source>
        <translation>File %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 không phải một tệp.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>Không đọc được tệp %1: %2</source>
        <translation>Cannot read file %1: %2</translation>
    </message>
    <message>
        <source>Tệp %1 rỗng.</source>
        <translation>File %1 is empty.</translation>
    </message>
    <message>
        <source>Tệp %1 là tệp PDF, không phải danh sách CSV hay XLSX.</source>
        <translation>File %1 is a PDF file, not a CSV or XLSX list.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tệp không có dòng nào.</source>
        <translation>The file has no rows.</translation>
    </message>
    <message>
        <source>Đây không phải danh sách trích ngang: dòng %1 không có cột nào của mẫu (Họ và tên, Chức vụ, Đơn vị, Khối, ...).</source>
        <translation>This is not a nominee summary list: row %1 has none of the template&apos;s columns (Full name, Position, Unit, Bloc, ...).</translation>
    </message>
    <message>
        <source>Cột “%1” trùng với cột “%2” đã có: chỉ được có một cột %3.</source>
        <translation>Column “%1” duplicates the existing column “%2”: there can be only one %3 column.</translation>
    </message>
    <message>
        <source>Cột “%1” không thuộc mẫu danh sách trích ngang: bỏ qua.</source>
        <translation>Column “%1” is not part of the nominee summary list template: ignored.</translation>
    </message>
    <message>
        <source>Thiếu cột bắt buộc “%1” (%2).</source>
        <translation>Required column “%1” is missing (%2).</translation>
    </message>
    <message>
        <source>(tiêu đề)</source>
        <translation>(header)</translation>
    </message>
    <message>
        <source>Dòng tiêu đề là dòng %1: bỏ qua %2 dòng phía trên (tên bảng).</source>
        <translation>The header row is row %1: the %2 rows above it (table title) are skipped.</translation>
    </message>
    <message>
        <source>Tệp %1 được đặt mật khẩu (mã hóa), không đọc được: hãy mở bằng Excel, bỏ mật khẩu (Tệp ▸ Thông tin ▸ Bảo vệ sổ làm việc) rồi lưu lại.</source>
        <translation>File %1 is password-protected (encrypted) and cannot be read: open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook) and save it again.</translation>
    </message>
    <message>
        <source>%1: tệp CSV bị từ chối: hơn %2 dòng có dữ liệu, quá lớn cho một danh sách (giới hạn đổi được, xem docs/import-format.md).</source>
        <translation>%1: CSV file refused: more than %2 rows with data, too large for a list (the limit can be changed, see docs/import-format.md).</translation>
    </message>
    <message>
        <source>Có năm sinh ở cả cột “%1” và cột “%2”: chỉ ghi ở cột Nam hoặc cột Nữ.</source>
        <translation>A year of birth is in both column “%1” and column “%2”: write it under Nam (male) or Nữ (female) only.</translation>
    </message>
    <message>
        <source>Năm sinh ghi ở cột “%1” nhưng cột Giới tính là %2.</source>
        <translation>The year of birth is in column “%1” but the Gender column says %2.</translation>
    </message>
    <message>
        <source>Năm sinh ghi hai lần: ở cột “%1” và cột Ngày sinh.</source>
        <translation>The birth is given twice: in column “%1” and in the date of birth column.</translation>
    </message>
    <message>
        <source>bỏ qua trang này: không có dòng tiêu đề của mẫu.</source>
        <translation>sheet skipped: it has no header row of the template.</translation>
    </message>
    <message>
        <source>tiêu đề dòng %1–%2</source>
        <translation>header rows %1–%2</translation>
    </message>
    <message>
        <source>tiêu đề dòng %1</source>
        <translation>header row %1</translation>
    </message>
    <message>
        <source>, dữ liệu dòng %1–%2 (%3 dòng)</source>
        <translation>, data rows %1–%2 (%3 rows)</translation>
    </message>
    <message>
        <source>, không có dòng dữ liệu</source>
        <translation>, no data rows</translation>
    </message>
    <message>
        <source>, bỏ qua %1 dòng ký tên ở cuối bảng (từ dòng %2)</source>
        <translation>, %1 signature rows at the end of the table skipped (from row %2)</translation>
    </message>
    <message>
        <source>Đây không phải danh sách trích ngang: không trang tính nào có dòng tiêu đề với các cột của mẫu (Họ và tên, Chức vụ, Đơn vị, Khối, ...).</source>
        <translation>This is not a nominee summary list: no sheet has a header row with the template&apos;s columns (Họ và tên, Chức vụ, Đơn vị, Khối, ...).</translation>
    </message>
    <message>
        <source>Ô “%1” không tách được: “%2” không có dấu phẩy (hoặc “ - ”) giữa chức vụ và đơn vị. Hãy sửa ô thành “Chức vụ, Đơn vị”.</source>
        <translation>Cell “%1” cannot be split: “%2” has no comma (or “ - ”) between position and unit. Correct the cell to “Position, Unit”.</translation>
    </message>
    <message>
        <source>Phần sau dấu phân cách (“%1”) khác cột Đơn vị (“%2”): cả ô được lấy làm chức vụ.</source>
        <translation>The part after the separator (“%1”) differs from the Đơn vị column (“%2”): the whole cell is taken as the position.</translation>
    </message>
    <message>
        <source>Phần trước dấu phân cách (“%1”) khác cột Chức vụ (“%2”): cả ô được lấy làm đơn vị.</source>
        <translation>The part before the separator (“%1”) differs from the Chức vụ column (“%2”): the whole cell is taken as the unit.</translation>
    </message>
    <message>
        <source>Cột “%1” bỏ qua: tệp đã có cột Chức vụ và cột Đơn vị riêng.</source>
        <translation>Column “%1” skipped: the file has separate Chức vụ and Đơn vị columns.</translation>
    </message>
    <message>
        <source>Cột “%1” ghi chức vụ và đơn vị trong cùng một ô; chương trình không tự tách. Để nhập, hãy chọn “Tách ô ‘Chức vụ, đơn vị’” ở bước Đối chiếu cột của trình nhập, hoặc thêm --split-position-unit vào lệnh vinhdanh-cli import: chức vụ là phần trước dấu phẩy đầu tiên, đơn vị là phần sau.</source>
        <translation>Column “%1” holds position and unit in one cell; the program does not split it on its own. To import, tick “Split the ‘Chức vụ, đơn vị’ cell” on the import wizard&apos;s Column mapping step, or add --split-position-unit to vinhdanh-cli import: the position is the text before the first comma, the unit the text after it.</translation>
    </message>
    <message>
        <source>Cột “%1” trùng với cột “%2” đã có: bỏ qua.</source>
        <translation>Column “%1” repeats column “%2”: skipped.</translation>
    </message>
</context>
<context>
    <name>vd::NomineeStore</name>
    <message>
        <source>đọc danh sách người được đề nghị</source>
        <translation>reading the nominee list</translation>
    </message>
    <message>
        <source>đọc hồ sơ</source>
        <translation>reading the dossier</translation>
    </message>
    <message>
        <source>Không có người được đề nghị mã %1.</source>
        <translation>There is no nominee with ID %1.</translation>
    </message>
    <message>
        <source>đếm người được đề nghị</source>
        <translation>counting nominees</translation>
    </message>
    <message>
        <source>lưu hồ sơ %1</source>
        <translation>saving dossier %1</translation>
    </message>
    <message>
        <source>Đã hủy; không lưu hồ sơ nào.</source>
        <translation>Cancelled; no dossiers were saved.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 đã bị người khác sửa hoặc xóa sau khi bạn mở; hãy tải lại rồi sửa tiếp.</source>
        <translation>Dossier %1 was changed or deleted by someone else after you opened it; reload it and edit again.</translation>
    </message>
    <message>
        <source>xóa hồ sơ</source>
        <translation>deleting dossiers</translation>
    </message>
    <message>
        <source>ghi duyệt</source>
        <translation>recording the approval</translation>
    </message>
    <message>
        <source>Hồ sơ “%1” chưa lưu được: dữ liệu không hợp lệ.</source>
        <translation>Dossier “%1” was not saved: the data is not valid.</translation>
    </message>
    <message>
        <source>%1: đã sửa thông tin mà cảnh báo %2 dựa vào; bỏ “đã xem xét”.</source>
        <translation>%1: a field that warning %2 was about was edited; “reviewed” withdrawn.</translation>
    </message>
    <message>
        <source>ghi xem xét</source>
        <translation>recording the review</translation>
    </message>
    <message>
        <source>đọc hồ sơ %1</source>
        <translation>reading the dossier of %1</translation>
    </message>
</context>
<context>
    <name>vd::NomineeValidation</name>
    <message>
        <source>bắt buộc.</source>
        <translation>required.</translation>
    </message>
    <message>
        <source>ngày nhận hồ sơ trước ngày sinh.</source>
        <translation>the date received is before the date of birth.</translation>
    </message>
    <message>
        <source>họ tên không chứa chữ số.</source>
        <translation>the full name cannot contain digits.</translation>
    </message>
    <message>
        <source>không phải một khối của đợt biểu dương này.</source>
        <translation>is not a bloc of this campaign.</translation>
    </message>
    <message>
        <source>ngày sinh ở sau hôm nay.</source>
        <translation>the date of birth is after today.</translation>
    </message>
    <message>
        <source>người lao động phải từ 15 tuổi trở lên.</source>
        <translation>the worker must be at least 15 years old.</translation>
    </message>
    <message>
        <source>ngày nhận hồ sơ ở sau hôm nay.</source>
        <translation>the date received is after today.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vd::Privacy</name>
    <message>
        <source>đọc đợt biểu dương</source>
        <translation>reading the campaign</translation>
    </message>
    <message>
        <source>Không có đợt biểu dương số %1.</source>
        <translation>There is no campaign with ID %1.</translation>
    </message>
    <message>
        <source>Đợt “%1” đang được dùng; chỉ xóa dữ liệu cá nhân của đợt đã kết thúc.</source>
        <translation>Campaign “%1” is in use; personal data can only be deleted for a closed campaign.</translation>
    </message>
    <message>
        <source>đếm hồ sơ</source>
        <translation>counting dossiers</translation>
    </message>
    <message>
        <source>xóa tên trong nhật ký</source>
        <translation>removing names from the audit log</translation>
    </message>
    <message>
        <source>xóa hồ sơ</source>
        <translation>deleting dossiers</translation>
    </message>
    <message>
        <source>xóa đơn vị</source>
        <translation>deleting units</translation>
    </message>
    <message>
        <source>%1: xóa %2 hồ sơ</source>
        <translation>%1: deleted %2 dossiers</translation>
    </message>
    <message>
        <source>dọn tệp cơ sở dữ liệu</source>
        <translation>cleaning up the database file</translation>
    </message>
</context>
<context>
    <name>vd::Restore</name>
    <message>
        <source>Khôi phục từ tệp sao lưu chỉ dùng cho cơ sở dữ liệu SQLite; với máy chủ, dùng pg_restore.</source>
        <translation>Restoring from a backup file works for SQLite databases only; for a server, use pg_restore.</translation>
    </message>
    <message>
        <source>Tệp sao lưu chính là cơ sở dữ liệu đang mở.</source>
        <translation>The backup file is the open database itself.</translation>
    </message>
    <message>
        <source>Không dùng được tệp sao lưu %1: %2</source>
        <translation>The backup file %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>Tệp sao lưu có lược đồ phiên bản %1, cơ sở dữ liệu đang mở là %2: hãy mở tệp sao lưu bằng Tệp ▸ Mở để nâng cấp nó trước.</source>
        <translation>The backup file has schema version %1, the open database %2: open the backup with File ▸ Open to upgrade it first.</translation>
    </message>
    <message>
        <source>Không truy cập được SQLite để khôi phục.</source>
        <translation>SQLite could not be reached to restore.</translation>
    </message>
    <message>
        <source>Không khôi phục được: %1</source>
        <translation>Could not restore: %1</translation>
    </message>
    <message>
        <source>khôi phục từ bản sao lưu</source>
        <translation>restoring from the backup</translation>
    </message>
    <message>
        <source>Không chép được %1 vào %2.</source>
        <translation>Could not copy %1 to %2.</translation>
    </message>
    <message>
        <source>Không đổi tên được %1 để giữ lại.</source>
        <translation>Could not rename %1 to keep it.</translation>
    </message>
    <message>
        <source>Không đặt được bản sao lưu vào %1.</source>
        <translation>Could not put the backup in place of %1.</translation>
    </message>
</context>
<context>
    <name>vd::RulesEngine</name>
    <message>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Đoàn viên công đoàn</source>
        <translation>Trade-union member</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Danh hiệu thi đua</source>
        <translation>Emulation title</translation>
    </message>
    <message>
        <source>chưa ghi danh hiệu</source>
        <translation>no title recorded</translation>
    </message>
    <message>
        <source>đang ghi: %1</source>
        <translation>recorded: %1</translation>
    </message>
    <message>
        <source>Sáng kiến; Quyết định công nhận sáng kiến</source>
        <translation>Initiative; Decision recognising the initiative</translation>
    </message>
    <message>
        <source>Khen thưởng; Năm khen thưởng</source>
        <translation>Merit award; Year of award</translation>
    </message>
    <message>
        <source>Ngày nhận hồ sơ</source>
        <translation>Date dossier received</translation>
    </message>
    <message>
        <source>chưa đặt hạn</source>
        <translation>no deadline set</translation>
    </message>
    <message>
        <source>đến hết ngày %1</source>
        <translation>until the end of %1</translation>
    </message>
    <message>
        <source>trước ngày %1</source>
        <translation>before %1</translation>
    </message>
    <message>
        <source>Ý kiến cấp ủy, chính quyền</source>
        <translation>Opinion of party committee and local government</translation>
    </message>
    <message>
        <source>Hồ sơ kèm theo</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <source>Mỗi người chỉ được đề nghị một lần trong đợt biểu dương</source>
        <translation>Each person may be nominated only once in a campaign</translation>
    </message>
    <message>
        <source>Số CCCD; Họ và tên, ngày sinh</source>
        <translation>Citizen ID (CCCD) number; Full name, date of birth</translation>
    </message>
    <message>
        <source>cùng số CCCD %1</source>
        <translation>same citizen ID (CCCD) number %1</translation>
    </message>
    <message>
        <source>cùng họ tên và ngày sinh %1</source>
        <translation>same full name and date of birth %1</translation>
    </message>
    <message>
        <source>%1 (%2, mã %3; %4)</source>
        <translation>%1 (%2, ID %3; %4)</translation>
    </message>
    <message>
        <source>Trùng với người đã được đề nghị: %1</source>
        <translation>Duplicates an existing nominee: %1</translation>
    </message>
    <message>
        <source>Số bộ hồ sơ</source>
        <translation>Paper copies</translation>
    </message>
    <message>
        <source>File mềm</source>
        <translation>Soft copy</translation>
    </message>
    <message>
        <source>Đủ điều kiện</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Cần xem xét</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Không đủ điều kiện</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Không áp dụng</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>%1: không phải đoàn viên công đoàn</source>
        <translation>%1: is not a trade-union member</translation>
    </message>
    <message>
        <source>%1: là đoàn viên công đoàn</source>
        <translation>%1: is a trade-union member</translation>
    </message>
    <message>
        <source>%1: giữ chức vụ lãnh đạo (%2), không thuộc diện xét chọn (đang ghi: %3)</source>
        <translation>%1: holds a leadership position (%2), not eligible for consideration (recorded: %3)</translation>
    </message>
    <message>
        <source>%1: không giữ chức vụ lãnh đạo (%2) trở lên</source>
        <translation>%1: holds no leadership position (%2) or higher</translation>
    </message>
    <message>
        <source>%1: chức vụ quản lý doanh nghiệp (%2) không thuộc diện xét chọn (đang ghi: %3)</source>
        <translation>%1: an enterprise management position (%2) is not eligible for consideration (recorded: %3)</translation>
    </message>
    <message>
        <source>%1: %2 và công nhân lao động; không phải cán bộ quản lý doanh nghiệp (%3)</source>
        <translation>%1: %2 and workers; not an enterprise manager (%3)</translation>
    </message>
    <message>
        <source>%1: chức vụ “%2” có chữ “trưởng” hoặc “phó” nhưng không có trong danh mục; cần xác định có phải chức vụ lãnh đạo, quản lý không</source>
        <translation>%1: position “%2” contains the word “trưởng” (head) or “phó” (deputy) but is not in the list; it must be determined whether it is a leadership or management position</translation>
    </message>
    <message>
        <source>%1: chức vụ phải xác định được là thuộc diện xét chọn</source>
        <translation>%1: the position must be identifiable as one eligible for consideration</translation>
    </message>
    <message>
        <source>%1: chưa có danh hiệu Chiến sĩ thi đua cơ sở trở lên (%2)</source>
        <translation>%1: no emulation title of grassroots emulation soldier or higher (%2)</translation>
    </message>
    <message>
        <source>%1: có danh hiệu thi đua (%2)</source>
        <translation>%1: holds an emulation title (%2)</translation>
    </message>
    <message>
        <source>%1: chưa có sáng kiến, đề tài được áp dụng</source>
        <translation>%1: no initiative or research project that has been applied</translation>
    </message>
    <message>
        <source>%1: sáng kiến “%2” chưa có quyết định công nhận hoặc xác nhận</source>
        <translation>%1: initiative “%2” has no decision recognising or confirming it</translation>
    </message>
    <message>
        <source>%1: có sáng kiến, đề tài được áp dụng, có quyết định công nhận hoặc xác nhận</source>
        <translation>%1: has an initiative or research project that has been applied, with a decision recognising or confirming it</translation>
    </message>
    <message>
        <source>%1: chưa có giấy khen năm %2</source>
        <translation>%1: no certificate of merit from %2</translation>
    </message>
    <message>
        <source>%1: không rõ khen thưởng “%2” là của năm nào; cần giấy khen năm %3</source>
        <translation>%1: it is unclear which year merit award “%2” is from; a certificate of merit from %3 is required</translation>
    </message>
    <message>
        <source>%1: khen thưởng “%2” là của năm %3, cần giấy khen năm %4</source>
        <translation>%1: merit award “%2” is from %3; a certificate of merit from %4 is required</translation>
    </message>
    <message>
        <source>%1: được tặng giấy khen của UBND thành phố, Giám đốc đơn vị, doanh nghiệp hoặc của Công đoàn năm %2</source>
        <translation>%1: received a certificate of merit in %2 from the city People&apos;s Committee, the director of the unit or enterprise, or the trade union</translation>
    </message>
    <message>
        <source>%1: chưa nhận được hồ sơ (chưa có ngày nhận); hạn nộp %2 đã qua</source>
        <translation>%1: dossier not received (no date received); the deadline %2 has passed</translation>
    </message>
    <message>
        <source>%1: chưa nhận được hồ sơ (chưa có ngày nhận); hạn nộp %2</source>
        <translation>%1: dossier not received yet (no date received); deadline %2</translation>
    </message>
    <message>
        <source>%1: hồ sơ gửi về Liên đoàn Lao động huyện</source>
        <translation>%1: dossier sent to Liên đoàn Lao động huyện</translation>
    </message>
    <message>
        <source>%1: hồ sơ nhận ngày %2, quá hạn (hạn nộp %3)</source>
        <translation>%1: dossier received on %2, late (deadline %3)</translation>
    </message>
    <message>
        <source>%1: hồ sơ gửi về %2</source>
        <translation>%1: dossier sent to %2</translation>
    </message>
    <message>
        <source>%1: chưa có ý kiến nhất trí của cấp ủy, chính quyền đồng cấp</source>
        <translation>%1: no agreement yet from the party committee and local government at the same level</translation>
    </message>
    <message>
        <source>%1: được cấp ủy, chính quyền, chuyên môn đồng cấp cho ý kiến nhất trí</source>
        <translation>%1: agreed to by the party committee, local government and professional authority at the same level</translation>
    </message>
    <message>
        <source>%1: hồ sơ còn thiếu: %2</source>
        <translation>%1: dossier is missing: %2</translation>
    </message>
    <message>
        <source>%1: hồ sơ gồm %2</source>
        <translation>%1: dossier includes %2</translation>
    </message>
    <message>
        <source>%1: hồ sơ cần %2 bộ, mới nhận %3 bộ</source>
        <translation>%1: dossier requires %2 paper copies, only %3 received</translation>
    </message>
    <message>
        <source>%1: hồ sơ được lập thành %2 bộ</source>
        <translation>%1: dossier prepared in %2 paper copies</translation>
    </message>
    <message>
        <source>%1: chưa nhận file mềm (tờ trình, danh sách trích ngang) qua email</source>
        <translation>%1: soft copy (proposal letter, nominee summary list) not received by email</translation>
    </message>
    <message>
        <source>%1: gửi file mềm tờ trình, danh sách trích ngang qua email</source>
        <translation>%1: send the soft copy of the proposal letter and the nominee summary list by email</translation>
    </message>
    <message>
        <source>Đối tượng 1.1</source>
        <translation>Eligibility 1.1</translation>
    </message>
    <message>
        <source>Đối tượng 1.2</source>
        <translation>Eligibility 1.2</translation>
    </message>
    <message>
        <source>Tiêu chuẩn 2.1</source>
        <translation>Criterion 2.1</translation>
    </message>
    <message>
        <source>Tiêu chuẩn 2.2</source>
        <translation>Criterion 2.2</translation>
    </message>
    <message>
        <source>Mục II.4</source>
        <translation>Section II.4</translation>
    </message>
    <message>
        <source>Mục II.5</source>
        <translation>Section II.5</translation>
    </message>
    <message>
        <source>Mục VI.6</source>
        <translation>Section VI.6</translation>
    </message>
    <message>
        <source>Sáng kiến “%1” (%2) đã là căn cứ để được biểu dương ở đợt “%3” (năm %4, hồ sơ mã %5); mỗi sáng kiến chỉ dùng cho một lần khen</source>
        <translation>The initiative “%1” (%2) was already the basis of an honour in campaign “%3” (year %4, dossier %5); an initiative supports one award only</translation>
    </message>
    <message>
        <source>Sáng kiến chưa là căn cứ của lần biểu dương nào ở các đợt trước</source>
        <translation>The initiative was not the basis of an honour in an earlier campaign</translation>
    </message>
    <message>
        <source>đợt “%1” (năm %2)</source>
        <translation>campaign “%1” (year %2)</translation>
    </message>
    <message>
        <source>Đã được biểu dương trong %1 năm gần đây: %2</source>
        <translation>Honoured within the last %1 years: %2</translation>
    </message>
    <message>
        <source>Chưa được biểu dương trong %1 năm gần đây</source>
        <translation>Not honoured within the last %1 years</translation>
    </message>
    <message>
        <source>Đang bị kỷ luật hoặc đang xem xét kỷ luật</source>
        <translation>Under discipline or being considered for discipline</translation>
    </message>
    <message>
        <source>Không đang bị kỷ luật, không đang xem xét kỷ luật</source>
        <translation>Not under discipline and not being considered for it</translation>
    </message>
    <message>
        <source>Kỷ luật</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Lịch sử biểu dương</source>
        <translation>Honours history</translation>
    </message>
</context>
<context>
    <name>vd::SettingsStore</name>
    <message>
        <source>đọc thiết lập</source>
        <translation>reading settings</translation>
    </message>
    <message>
        <source>ghi thiết lập</source>
        <translation>writing settings</translation>
    </message>
    <message>
        <source>xóa thiết lập</source>
        <translation>deleting settings</translation>
    </message>
</context>
<context>
    <name>vd::Transfer</name>
    <message>
        <source>đọc cơ sở dữ liệu nguồn</source>
        <translation>reading the source database</translation>
    </message>
    <message>
        <source>đọc bảng %1</source>
        <translation>reading table %1</translation>
    </message>
    <message>
        <source>chép bảng %1</source>
        <translation>copying table %1</translation>
    </message>
    <message>
        <source>đặt lại bộ đếm mã của bảng %1</source>
        <translation>resetting the ID counter of table %1</translation>
    </message>
    <message>
        <source>Không thấy bảng %1 trong %2.</source>
        <translation>Table %1 not found in %2.</translation>
    </message>
    <message>
        <source>Hai cơ sở dữ liệu khác phiên bản lược đồ (%1: %2, %3: %4).</source>
        <translation>The two databases have different schema versions (%1: %2, %3: %4).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đích %1 đã có dữ liệu (bảng %2: %3 dòng); hãy chép vào một cơ sở dữ liệu trống.</source>
        <translation>The target database %1 already contains data (table %2: %3 rows); copy into an empty database.</translation>
    </message>
    <message>
        <source>Bảng %1 khác cấu trúc giữa %2 và %3.</source>
        <translation>Table %1 has a different structure in %2 and %3.</translation>
    </message>
    <message>
        <source>Bảng %1: nguồn %2 dòng (%3), đích %4 dòng (%5).</source>
        <translation>Table %1: source %2 rows (%3), target %4 rows (%5).</translation>
    </message>
    <message>
        <source>Bản chép không khớp với nguồn; không có gì được ghi vào %1.</source>
        <translation>The copy does not match the source; nothing was written to %1.</translation>
    </message>
    <message>
        <source>Tệp %1 đã có; chọn tên khác.</source>
        <translation>File %1 already exists; choose another name.</translation>
    </message>
</context>
<context>
    <name>vd::UnitStore</name>
    <message>
        <source>đọc danh sách đơn vị</source>
        <translation>reading the unit list</translation>
    </message>
    <message>
        <source>tìm đơn vị</source>
        <translation>looking up the unit</translation>
    </message>
    <message>
        <source>Tên đơn vị không được để trống.</source>
        <translation>The unit name cannot be empty.</translation>
    </message>
    <message>
        <source>thêm đơn vị %1</source>
        <translation>adding unit %1</translation>
    </message>
    <message>
        <source>đọc đơn vị</source>
        <translation>reading the unit</translation>
    </message>
    <message>
        <source>Không có đơn vị mã %1.</source>
        <translation>There is no unit with ID %1.</translation>
    </message>
    <message>
        <source>Đã có đơn vị tên “%1”; hãy gộp hai đơn vị thay vì đổi tên.</source>
        <translation>A unit named “%1” already exists; merge the two units instead of renaming.</translation>
    </message>
    <message>
        <source>đổi tên đơn vị</source>
        <translation>renaming the unit</translation>
    </message>
    <message>
        <source>chuyển khối</source>
        <translation>moving to another bloc</translation>
    </message>
    <message>
        <source>Không thể gộp một đơn vị vào chính nó.</source>
        <translation>A unit cannot be merged into itself.</translation>
    </message>
    <message>
        <source>gộp đơn vị</source>
        <translation>merging units</translation>
    </message>
    <message>
        <source>xóa đơn vị</source>
        <translation>deleting units</translation>
    </message>
    <message>
        <source>Đơn vị còn người được đề nghị, không xóa được.</source>
        <translation>The unit still has nominees and cannot be deleted.</translation>
    </message>
    <message>
        <source>đọc người đã duyệt của đơn vị</source>
        <translation>reading the unit&apos;s approved nominees</translation>
    </message>
</context>
<context>
    <name>vd::XlsReader</name>
    <message>
        <source>Không có tệp %1.</source>
        <translation>File %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 (trang “%2”)</source>
        <translation>%1 (sheet “%2”)</translation>
    </message>
    <message>
        <source>Tệp %1 được đặt mật khẩu (mã hóa), không đọc được: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.</source>
        <translation>File %1 is password-protected (encrypted) and cannot be read: open it in Excel, remove the password and save it again.</translation>
    </message>
    <message>
        <source>Tệp XLS bị từ chối: các trang tính rộng tổng cộng %1 ô, quá giới hạn %2 ô.</source>
        <translation>XLS file refused: its worksheets span %1 cells in all, over the limit of %2 cells.</translation>
    </message>
    <message>
        <source>Tệp XLS hỏng hoặc không phải sổ Excel 97-2003 (FreeXL: mã lỗi %1).</source>
        <translation>The XLS file is damaged or not an Excel 97-2003 workbook (FreeXL: error code %1).</translation>
    </message>
    <message>
        <source>Tệp XLS không có trang tính nào có dòng dữ liệu.</source>
        <translation>The XLS file has no worksheet with rows of data.</translation>
    </message>
    <message>
        <source>Tệp XLS quá lớn để đọc.</source>
        <translation>The XLS file is too large to read.</translation>
    </message>
    <message>
        <source>dòng %1 của trang “%2”</source>
        <translation>row %1 of sheet “%2”</translation>
    </message>
</context>
<context>
    <name>vd::XmlParts</name>
    <message>
        <source>Tệp %1 bị từ chối: có hơn %2 ô (đến %3), quá lớn cho một danh sách.</source>
        <translation>%1 file refused: more than %2 cells (at %3), too large for a list.</translation>
    </message>
    <message>
        <source>Tệp %1 bị từ chối: hơn %2 dòng có dữ liệu (đến %3), quá lớn cho một danh sách (giới hạn đổi được, xem docs/import-format.md).</source>
        <translation>%1 file refused: more than %2 rows with data (at %3), too large for a list (the limit can be changed, see docs/import-format.md).</translation>
    </message>
    <message>
        <source>Tệp %1 bị từ chối: hơn %2 triệu ký tự chữ (đến %3), quá lớn cho một danh sách.</source>
        <translation>%1 file refused: more than %2 million characters of text (at %3), too large for a list.</translation>
    </message>
    <message>
        <source>Tệp %1 bị từ chối: phần %2 có khai báo DOCTYPE/thực thể XML, điều một tệp văn phòng thật không bao giờ có.</source>
        <translation>%1 file refused: part %2 has a DOCTYPE/XML entity declaration, which a real office file never has.</translation>
    </message>
    <message>
        <source>Tệp %1 bị từ chối: ô %2 dài %3 ký tự, quá giới hạn %4 của Excel.</source>
        <translation>%1 file refused: cell %2 is %3 characters long, over Excel&apos;s limit of %4.</translation>
    </message>
    <message>
        <source>Tệp %1 bị từ chối: ô %2 dùng thực thể XML “%3” không được định nghĩa (chữ trong ô sẽ bị mất): hãy sửa ô đó rồi lưu lại.</source>
        <translation>%1 file refused: cell %2 uses the undefined XML entity “%3” (text in the cell would be lost): correct that cell and save again.</translation>
    </message>
    <message>
        <source>Tệp %1 hỏng: phần %2, dòng %3: %4</source>
        <translation>Damaged %1 file: part %2, line %3: %4</translation>
    </message>
</context>
<context>
    <name>vd::ZipReader</name>
    <message>
        <source>Tệp %1 hỏng: thiếu phần %2.</source>
        <translation>Damaged %1 file: part %2 is missing.</translation>
    </message>
    <message>
        <source>Tệp %1 hỏng: không đọc được mục lục của phần %2.</source>
        <translation>Damaged %1 file: the directory entry of part %2 cannot be read.</translation>
    </message>
    <message>
        <source>Tệp %1 bị từ chối: phần %2 giải nén ra %3 MB, vượt giới hạn %4 MB.</source>
        <translation>%1 file refused: part %2 decompresses to %3 MB, over the limit of %4 MB.</translation>
    </message>
    <message>
        <source>Tệp %1 có mật khẩu (phần %2 được mã hóa): hãy bỏ mật khẩu rồi lưu lại.</source>
        <translation>File %1 is password-protected (part %2 is encrypted): remove the password and save it again.</translation>
    </message>
    <message>
        <source>Tệp %1 hỏng: không giải nén được phần %2.</source>
        <translation>Damaged %1 file: part %2 cannot be decompressed.</translation>
    </message>
    <message>
        <source>Tệp %1 bị từ chối: phần %2 có một ô hoặc thẻ dài hơn %3 KB (một ô dài nhất cũng chỉ 32 767 ký tự).</source>
        <translation>%1 file refused: part %2 has a cell or tag longer than %3 KB (even the longest cell is only 32,767 characters).</translation>
    </message>
    <message>
        <source>Tệp %1 bị từ chối: phần %2 giải nén ra hơn %3 MB.</source>
        <translation>%1 file refused: part %2 decompresses to more than %3 MB.</translation>
    </message>
    <message>
        <source>Tệp %1 hỏng: phần %2 sai mã kiểm tra (CRC).</source>
        <translation>Damaged %1 file: part %2 has a wrong checksum (CRC).</translation>
    </message>
</context>
<context>
    <name>vd::cli</name>
    <message>
        <source>Xem: vinhdanh-cli --help</source>
        <translation>See: vinhdanh-cli --help</translation>
    </message>
    <message>
        <source>
Mã thoát: 0 xong; 1 bị từ chối (dữ liệu không hợp lệ hoặc vi phạm quy tắc, không có gì thay đổi); 2 sai cách dùng; 3 lỗi cơ sở dữ liệu hoặc tệp.
</source>
        <translation>
Exit codes: 0 done; 1 refused (invalid data or a rule broken, nothing changed); 2 usage error; 3 database or file error.
</translation>
    </message>
    <message>
        <source>Thiếu giá trị sau %1.</source>
        <translation>Missing value after %1.</translation>
    </message>
    <message>
        <source>Tùy chọn không hợp lệ: %1</source>
        <translation>Invalid option: %1</translation>
    </message>
    <message>
        <source>Ngôn ngữ không hỗ trợ: %1 (chọn vi hoặc en).</source>
        <translation>Unsupported language: %1 (choose vi or en).</translation>
    </message>
    <message>
        <source>Lệnh không tồn tại: %1</source>
        <translation>No such command: %1</translation>
    </message>
    <message>
        <source>VINHDANH_TODAY không phải ngày dạng yyyy-mm-dd: %1</source>
        <translation>VINHDANH_TODAY is not a date in yyyy-mm-dd form: %1</translation>
    </message>
    <message>
        <source>%1 (mã %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Đã duyệt %1 người: %2.</source>
        <translation>Approved %1 nominee(s): %2.</translation>
    </message>
    <message>
        <source>Đã bỏ duyệt %1 người: %2.</source>
        <translation>Took approval back for %1 nominee(s): %2.</translation>
    </message>
    <message>
        <source>Đã được duyệt từ trước, không tính lại: %1.</source>
        <translation>Already approved earlier, not counted again: %1.</translation>
    </message>
    <message>
        <source>Chưa được duyệt, không có gì để bỏ: %1.</source>
        <translation>Not approved, nothing to take back: %1.</translation>
    </message>
    <message>
        <source>Khối %1: chỉ tiêu %2, đã duyệt %3, còn %4.</source>
        <translation>Bloc %1: quota %2, %3 approved, %4 remaining.</translation>
    </message>
    <message>
        <source>Đã xóa dữ liệu cá nhân của %1 người được đề nghị thuộc đợt %2.</source>
        <translation>Deleted the personal data of %1 nominee(s) of campaign %2.</translation>
    </message>
    <message>
        <source>Đã sao lưu vào %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>chưa đặt</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>đến hết ngày %1</source>
        <translation>until the end of %1</translation>
    </message>
    <message>
        <source>trước ngày %1</source>
        <translation>before %1</translation>
    </message>
    <message>
        <source>Hạn nhận hồ sơ: %1. Ngày kiểm tra: %2.</source>
        <translation>Submission deadline: %1. Check date: %2.</translation>
    </message>
    <message>
        <source>Cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Đề nghị</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Đủ điều kiện</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Còn lại</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Khối</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>, đã duyệt</source>
        <translation>, approved</translation>
    </message>
    <message>
        <source>[lỗi]</source>
        <translation>[error]</translation>
    </message>
    <message>
        <source>[cảnh báo]</source>
        <translation>[warning]</translation>
    </message>
    <message>
        <source>Khối %1 (%2 người được đề nghị)</source>
        <translation>Bloc %1 (%2 nominees)</translation>
    </message>
    <message>
        <source>Không thuộc khối nào của đợt</source>
        <translation>Not in any bloc of the campaign</translation>
    </message>
    <message>
        <source>Chưa có người được đề nghị.</source>
        <translation>No nominees yet.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 sẵn sàng: %2, %3 khối, chỉ tiêu %4.</source>
        <translation>Database %1 is ready: %2, %3 blocs, quota %4.</translation>
    </message>
    <message>
        <source>%1 — %2 người được đề nghị</source>
        <translation>%1 — %2 nominees</translation>
    </message>
    <message>
        <source>đã duyệt</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>tạo cơ sở dữ liệu với đợt biểu dương có sẵn (chạy lại không sao)</source>
        <translation>create the database with the built-in campaign (safe to run again)</translation>
    </message>
    <message>
        <source>liệt kê mọi người được đề nghị, kèm mã số</source>
        <translation>list every nominee with their id</translation>
    </message>
    <message>
        <source>nhập danh sách trích ngang (CSV hoặc XLSX); mặc định có lỗi thì không nhập gì</source>
        <translation>import a nominee summary list (CSV or XLSX); by default nothing is imported if there are errors</translation>
    </message>
    <message>
        <source>ghi tệp mẫu danh sách trích ngang (XLSX) để các đơn vị điền</source>
        <translation>write a nominee summary list template (XLSX) for units to fill in</translation>
    </message>
    <message>
        <source>kiểm tra mọi hồ sơ theo tiêu chuẩn của kế hoạch; số liệu theo khối (ngày kiểm tra: hôm nay, hoặc biến môi trường VINHDANH_TODAY=yyyy-mm-dd)</source>
        <translation>check every dossier against the plan&apos;s criteria; figures per bloc (check date: today, or the environment variable VINHDANH_TODAY=yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>duyệt biểu dương; từ chối tất cả nếu có người chưa đủ điều kiện hoặc khối vượt chỉ tiêu</source>
        <translation>approve for honouring; all refused if anyone is not eligible or a bloc would exceed its quota</translation>
    </message>
    <message>
        <source>bỏ duyệt</source>
        <translation>take approval back</translation>
    </message>
    <message>
        <source>xuất danh sách người được duyệt biểu dương</source>
        <translation>export the list of nominees approved for honouring</translation>
    </message>
    <message>
        <source>ghi chương trình hội nghị biểu dương</source>
        <translation>write the programme of the honours conference</translation>
    </message>
    <message>
        <source>ghi dự thảo quyết định khen thưởng kèm danh sách và tổng tiền thưởng</source>
        <translation>write a draft merit award decision with the list and the total cash award</translation>
    </message>
    <message>
        <source>ghi giấy mời người được biểu dương, mỗi người một trang</source>
        <translation>write invitations for the honoured nominees, one page each</translation>
    </message>
    <message>
        <source>in giấy khen lên phôi theo mẫu đã căn chỉnh (--test-page: trang lưới mm)</source>
        <translation>print certificates of merit onto blank forms using the calibrated layout (--test-page: a page with a mm grid)</translation>
    </message>
    <message>
        <source>sao lưu toàn bộ cơ sở dữ liệu (nhất quán, kể cả khi đang được dùng)</source>
        <translation>back up the whole database (consistent, even while in use)</translation>
    </message>
    <message>
        <source>nhật ký thay đổi: ai đã sửa gì, lúc nào (mới nhất trước)</source>
        <translation>audit log: who changed what and when (newest first)</translation>
    </message>
    <message>
        <source>xóa hẳn dữ liệu cá nhân của một đợt biểu dương đã kết thúc</source>
        <translation>permanently delete the personal data of a closed campaign</translation>
    </message>
    <message>
        <source>chép toàn bộ dữ liệu giữa tệp SQLite và máy chủ PostgreSQL (postgresql://người_dùng@máy:cổng/csdl), giữ nguyên mã số, kiểm tra số dòng và tổng kiểm tra từng bảng</source>
        <translation>copy all data between an SQLite file and a PostgreSQL server (postgresql://user@host:port/dbname), keeping the IDs and checking the row count and checksum of each table</translation>
    </message>
    <message>
        <source>cảnh báo: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Không nhập gì: tệp %1 thiếu cột bắt buộc.</source>
        <translation>Nothing imported: file %1 is missing a required column.</translation>
    </message>
    <message>
        <source>Kiểm tra xong, chưa ghi gì: sẽ nhập %1, bỏ qua %2, cảnh báo %3.</source>
        <translation>Check finished, nothing written: would import %1, skip %2, %3 warnings.</translation>
    </message>
    <message>
        <source>Đã nhập %1, bỏ qua %2, cảnh báo %3 (đơn vị mới: %4).</source>
        <translation>Imported %1, skipped %2, %3 warnings (new units: %4).</translation>
    </message>
    <message>
        <source>Tệp đích %1 đã có; lệnh migrate chỉ chép vào tệp mới.</source>
        <translation>Target file %1 already exists; the migrate command only copies into a new file.</translation>
    </message>
    <message>
        <source>  %1: %2 dòng, SHA-256 %3</source>
        <translation>  %1: %2 rows, SHA-256 %3</translation>
    </message>
    <message>
        <source>Đã chép %1 sang %2: %3 bảng, %4 dòng; số dòng và tổng kiểm tra của từng bảng khớp với nguồn.</source>
        <translation>Copied %1 to %2: %3 tables, %4 rows; the row count and checksum of every table match the source.</translation>
    </message>
    <message>
        <source>Đã ghi mẫu danh sách trích ngang: %1</source>
        <translation>Nominee summary list template written: %1</translation>
    </message>
    <message>
        <source>Thiếu giá trị sau %1 (lệnh %2).</source>
        <translation>Missing value after %1 (command %2).</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ: %1 (dùng YYYY-MM-DD hoặc dd/mm/yyyy).</source>
        <translation>Invalid date: %1 (use YYYY-MM-DD or dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Số tiền không hợp lệ: %1</source>
        <translation>Invalid amount: %1</translation>
    </message>
    <message>
        <source>Tham số không hợp lệ cho lệnh %1: %2</source>
        <translation>Invalid argument for the %1 command: %2</translation>
    </message>
    <message>
        <source>Lệnh %1 cần --format %2.</source>
        <translation>The %1 command needs --format %2.</translation>
    </message>
    <message>
        <source>Định dạng không hỗ trợ cho lệnh %1: %2 (chọn %3).</source>
        <translation>Unsupported format for the %1 command: %2 (choose %3).</translation>
    </message>
    <message>
        <source>--test-page không đi cùng --ids.</source>
        <translation>--test-page cannot be used together with --ids.</translation>
    </message>
    <message>
        <source>Đã xuất %1 người được biểu dương vào %2</source>
        <translation>Exported %1 honoured nominees to %2</translation>
    </message>
    <message>
        <source>Đã ghi chương trình hội nghị vào %1</source>
        <translation>Conference programme written to %1</translation>
    </message>
    <message>
        <source>Đã ghi dự thảo quyết định khen thưởng %1 người vào %2</source>
        <translation>Draft merit award decision for %1 nominees written to %2</translation>
    </message>
    <message>
        <source>Đã ghi %1 giấy mời vào %2</source>
        <translation>%1 invitations written to %2</translation>
    </message>
    <message>
        <source>Đã ghi %1 giấy khen vào %2</source>
        <translation>%1 certificates of merit written to %2</translation>
    </message>
    <message>
        <source>Đã ghi trang in thử giấy khen vào %1</source>
        <translation>Certificate of merit test page written to %1</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo thẩm định hồ sơ vào %1</source>
        <translation>Dossier review report written to %1</translation>
    </message>
    <message>
        <source>ghi báo cáo thẩm định hồ sơ cho Hội đồng: số liệu theo khối, kết luận từng người, chi tiết các điểm chưa đạt</source>
        <translation>write the council&apos;s eligibility report: figures per bloc, each nominee&apos;s verdict, details of the points not met</translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>tệp sẽ ghi (ghi trọn vẹn hoặc không ghi gì)</source>
        <translation>the file to write (written whole or not at all)</translation>
    </message>
    <message>
        <source>Xem: vinhdanh-cli %1 --help</source>
        <translation>See: vinhdanh-cli %1 --help</translation>
    </message>
    <message>
        <source>Lệnh %1 cần một lệnh con.</source>
        <translation>The %1 command needs a sub-command.</translation>
    </message>
    <message>
        <source>Lệnh không tồn tại: %1 %2</source>
        <translation>No such command: %1 %2</translation>
    </message>
    <message>
        <source>Mã không hợp lệ: %1 (cần một số nguyên dương).</source>
        <translation>Invalid ID: %1 (a positive whole number is needed).</translation>
    </message>
    <message>
        <source>%1 cần một số nguyên không âm: %2</source>
        <translation>%1 needs a whole number of 0 or more: %2</translation>
    </message>
    <message>
        <source>Cách dùng: vinhdanh-cli [--db TỆP] [--lang vi|en]</source>
        <translation>Usage: vinhdanh-cli [--db FILE] [--lang vi|en]</translation>
    </message>
    <message>
        <source>Tùy chọn %1 chỉ được dùng một lần (lệnh %2).</source>
        <translation>Option %1 may be given only once (command %2).</translation>
    </message>
    <message>
        <source>Lệnh %1 cần %2.</source>
        <translation>The %1 command needs %2.</translation>
    </message>
    <message>
        <source>Tham số:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Tùy chọn:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source> (bắt buộc)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <source>in hướng dẫn của lệnh này</source>
        <translation>print the help of this command</translation>
    </message>
    <message>
        <source>LỆNH_CON [THAM SỐ...]</source>
        <translation>SUB-COMMAND [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>Lệnh con:</source>
        <translation>Sub-commands:</translation>
    </message>
    <message>
        <source>MÃ</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>mã số người được đề nghị (xem lệnh list)</source>
        <translation>the nominee&apos;s ID (see the list command)</translation>
    </message>
    <message>
        <source>in dạng JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>chỉ in N dòng mới nhất (0: tất cả)</source>
        <translation>print only the N newest entries (0: all)</translation>
    </message>
    <message>
        <source>xác nhận xóa hẳn (các bản sao lưu cũ vẫn còn dữ liệu này)</source>
        <translation>confirm the permanent deletion (older backups still hold this data)</translation>
    </message>
    <message>
        <source>MÃ_ĐỢT</source>
        <translation>CAMPAIGN_ID</translation>
    </message>
    <message>
        <source>mã số của đợt biểu dương</source>
        <translation>the campaign&apos;s ID</translation>
    </message>
    <message>
        <source>in dạng JSON (docs/cli.md)</source>
        <translation>print JSON (docs/cli.md)</translation>
    </message>
    <message>
        <source>chỉ kiểm tra, không ghi gì</source>
        <translation>only check, write nothing</translation>
    </message>
    <message>
        <source>nhập các dòng hợp lệ, liệt kê và bỏ qua các dòng lỗi</source>
        <translation>import the valid rows; list and skip the invalid ones</translation>
    </message>
    <message>
        <source>tệp danh sách trích ngang (docs/import-format.md)</source>
        <translation>the nominee summary list file (docs/import-format.md)</translation>
    </message>
    <message>
        <source>NGUỒN</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu nguồn (tệp SQLite hoặc postgresql://...)</source>
        <translation>the source database (an SQLite file or postgresql://...)</translation>
    </message>
    <message>
        <source>ĐÍCH</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>đích: tệp SQLite mới hoặc máy chủ postgresql://... chưa có dữ liệu</source>
        <translation>the target: a new SQLite file or an empty postgresql://... server database</translation>
    </message>
    <message>
        <source>định dạng tệp (bỏ trống: theo đuôi tên tệp)</source>
        <translation>the file format (left out: from the file name&apos;s extension)</translation>
    </message>
    <message>
        <source>danh sách người đã được duyệt (hiện là danh sách duy nhất)</source>
        <translation>the list of approved nominees (the only list so far)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ngày ghi trên văn bản (mặc định: hôm nay)</source>
        <translation>the date printed on the document (default: today)</translation>
    </message>
    <message>
        <source>SỐ_TIỀN</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>tiền thưởng mỗi người, đồng (mặc định: theo đợt)</source>
        <translation>the cash award per person in VND (default: the campaign&apos;s)</translation>
    </message>
    <message>
        <source>chỉ những người được biểu dương có các mã này</source>
        <translation>only the honourees with these IDs</translation>
    </message>
    <message>
        <source>trang in thử có lưới milimét để căn chỉnh phôi</source>
        <translation>a test page with a millimetre grid for calibrating the blanks</translation>
    </message>
    <message>
        <source>đọc tối đa N dòng có dữ liệu (mặc định 150000)</source>
        <translation>read at most N rows with data (default 150000)</translation>
    </message>
    <message>
        <source>giữ tối đa N ô trong bộ nhớ (mặc định 2500000)</source>
        <translation>keep at most N cells in memory (default 2500000)</translation>
    </message>
    <message>
        <source>Dự toán kinh phí — %1</source>
        <translation>Budget estimate — %1</translation>
    </message>
    <message>
        <source>Tiền thưởng: %1 người × %2 = %3 đồng</source>
        <translation>Cash awards: %1 person(s) × %2 = %3 VND</translation>
    </message>
    <message>
        <source>Các khoản chi: %1 đồng</source>
        <translation>Cost lines: %1 VND</translation>
    </message>
    <message>
        <source>Tổng cộng: %1 đồng</source>
        <translation>Total: %1 VND</translation>
    </message>
    <message>
        <source>Bằng chữ: %1</source>
        <translation>In words (Vietnamese): %1</translation>
    </message>
    <message>
        <source>--json không đi cùng -o.</source>
        <translation>--json cannot be used together with -o.</translation>
    </message>
    <message>
        <source>--format và --date cần -o TỆP.</source>
        <translation>--format and --date need -o FILE.</translation>
    </message>
    <message>
        <source>Đã thêm khoản chi %1: %2 (%3 đồng)</source>
        <translation>Added cost line %1: %2 (%3 VND)</translation>
    </message>
    <message>
        <source>Đã xóa khoản chi %1</source>
        <translation>Removed cost line %1</translation>
    </message>
    <message>
        <source>dự toán kinh phí: tiền thưởng × số người được duyệt cộng các khoản chi, tổng bằng số và bằng chữ; -o ghi văn bản</source>
        <translation>budget estimate: cash award × approved nominees plus the cost lines, total in figures and in words; -o writes the document</translation>
    </message>
    <message>
        <source>thêm một khoản chi vào dự toán của đợt đang dùng</source>
        <translation>add a cost line to the active campaign&apos;s budget</translation>
    </message>
    <message>
        <source>số lượng</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>đơn giá, đồng</source>
        <translation>unit price, VND</translation>
    </message>
    <message>
        <source>ĐƠN_VỊ</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>đơn vị tính (bó, chiếc, suất…)</source>
        <translation>unit of measure (bunch, piece, portion…)</translation>
    </message>
    <message>
        <source>GHI_CHÚ</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>ghi chú</source>
        <translation>note</translation>
    </message>
    <message>
        <source>NỘI_DUNG</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>nội dung chi, ví dụ &quot;Hoa tươi&quot;</source>
        <translation>what the cost is for, e.g. &quot;Hoa tươi&quot; (fresh flowers)</translation>
    </message>
    <message>
        <source>xóa một khoản chi khỏi dự toán</source>
        <translation>remove a cost line from the budget</translation>
    </message>
    <message>
        <source>mã khoản chi (xem budget)</source>
        <translation>cost line id (see budget)</translation>
    </message>
    <message>
        <source>Đã ghi dự toán kinh phí vào %1</source>
        <translation>Budget estimate written to %1</translation>
    </message>
    <message>
        <source>có mặt</source>
        <translation>present</translation>
    </message>
    <message>
        <source>vắng</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>--role phải là chair, secretary hoặc member.</source>
        <translation>--role must be chair, secretary or member.</translation>
    </message>
    <message>
        <source>Đã thêm thành viên Hội đồng %1: %2</source>
        <translation>Added council member %1: %2</translation>
    </message>
    <message>
        <source>Thành viên %1 có mặt</source>
        <translation>Member %1 is present</translation>
    </message>
    <message>
        <source>Thành viên %1 vắng mặt</source>
        <translation>Member %1 is absent</translation>
    </message>
    <message>
        <source>Đã xóa thành viên Hội đồng %1</source>
        <translation>Removed council member %1</translation>
    </message>
    <message>
        <source>--majority là một phân số, ví dụ 1/2 hoặc 2/3.</source>
        <translation>--majority is a fraction, e.g. 1/2 or 2/3.</translation>
    </message>
    <message>
        <source>--of phải là present hoặc members.</source>
        <translation>--of must be present or members.</translation>
    </message>
    <message>
        <source>Đa số: %1</source>
        <translation>Majority: %1</translation>
    </message>
    <message>
        <source>Ngày họp Hội đồng: %1</source>
        <translation>Council session date: %1</translation>
    </message>
    <message>
        <source>Địa điểm họp: %1</source>
        <translation>Session place: %1</translation>
    </message>
    <message>
        <source>Số người mỗi lượt lên nhận: %1</source>
        <translation>Honourees called up at once: %1</translation>
    </message>
    <message>
        <source>--clear không đi cùng số phiếu.</source>
        <translation>--clear cannot be used together with vote counts.</translation>
    </message>
    <message>
        <source>Đã xóa kết quả kiểm phiếu của hồ sơ %1</source>
        <translation>Cleared the vote count of dossier %1</translation>
    </message>
    <message>
        <source>Cần --agree N (và --disagree N, --abstain N nếu có).</source>
        <translation>Needs --agree N (and --disagree N, --abstain N if any).</translation>
    </message>
    <message>
        <source>Đã ghi phiếu của hồ sơ %1: đồng ý %2, không đồng ý %3, không ý kiến %4</source>
        <translation>Recorded the votes of dossier %1: %2 for, %3 against, %4 abstaining</translation>
    </message>
    <message>
        <source>chưa kiểm phiếu</source>
        <translation>not counted yet</translation>
    </message>
    <message>
        <source>BẰNG PHIẾU ở vị trí cuối — Hội đồng quyết định</source>
        <translation>TIED for the last place — the council decides</translation>
    </message>
    <message>
        <source>đề nghị</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>đạt, ngoài chỉ tiêu</source>
        <translation>passed, beyond the quota</translation>
    </message>
    <message>
        <source>không đạt</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>Hội đồng: %1/%2 thành viên có mặt; đạt khi số phiếu đồng ý %3</source>
        <translation>Council: %1/%2 members present; a nominee passes with votes for %3</translation>
    </message>
    <message>
        <source>Khối %1: chỉ tiêu còn %2</source>
        <translation>Bloc %1: %2 places left in the quota</translation>
    </message>
    <message>
        <source>Đề nghị duyệt: approve %1</source>
        <translation>Suggested approval: approve %1</translation>
    </message>
    <message>
        <source>Có trường hợp bằng phiếu ở vị trí cuối của chỉ tiêu: Hội đồng quyết định.</source>
        <translation>Some nominees are tied for the last place of a quota: the council decides.</translation>
    </message>
    <message>
        <source>mã thành viên (xem council members)</source>
        <translation>member id (see council members)</translation>
    </message>
    <message>
        <source>liệt kê thành viên Hội đồng Thi đua - Khen thưởng</source>
        <translation>list the members of the emulation and reward council</translation>
    </message>
    <message>
        <source>thêm thành viên Hội đồng</source>
        <translation>add a council member</translation>
    </message>
    <message>
        <source>CHỨC_VỤ</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>chức vụ</source>
        <translation>title</translation>
    </message>
    <message>
        <source>đơn vị (không bầu cho người cùng đơn vị)</source>
        <translation>unit (does not vote on nominees of the same unit)</translation>
    </message>
    <message>
        <source>vai trò (mặc định member)</source>
        <translation>role (default member)</translation>
    </message>
    <message>
        <source>HỌ_TÊN</source>
        <translation>FULL_NAME</translation>
    </message>
    <message>
        <source>họ và tên thành viên</source>
        <translation>the member&apos;s full name</translation>
    </message>
    <message>
        <source>ghi thành viên có mặt (hoặc vắng với --absent)</source>
        <translation>mark a member present (or absent with --absent)</translation>
    </message>
    <message>
        <source>vắng mặt</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>xóa thành viên Hội đồng</source>
        <translation>remove a council member</translation>
    </message>
    <message>
        <source>xem hoặc đặt quy tắc đa số, ngày và nơi họp, số người mỗi lượt lên nhận</source>
        <translation>show or set the majority rule, the session date and place, and how many honourees are called up at once</translation>
    </message>
    <message>
        <source>đạt khi số phiếu đồng ý quá phân số này</source>
        <translation>a nominee passes with votes for above this fraction</translation>
    </message>
    <message>
        <source>của số thành viên có mặt hoặc của tổng số thành viên</source>
        <translation>of the members present or of all members</translation>
    </message>
    <message>
        <source>ngày họp Hội đồng</source>
        <translation>the council session date</translation>
    </message>
    <message>
        <source>NƠI</source>
        <translation>PLACE</translation>
    </message>
    <message>
        <source>nơi họp Hội đồng</source>
        <translation>where the council meets</translation>
    </message>
    <message>
        <source>số người mỗi lượt lên nhận khen thưởng</source>
        <translation>how many honourees are called to the stage at once</translation>
    </message>
    <message>
        <source>nhập kết quả kiểm phiếu của một người được bầu</source>
        <translation>enter the vote count of one nominee</translation>
    </message>
    <message>
        <source>số phiếu đồng ý</source>
        <translation>votes for</translation>
    </message>
    <message>
        <source>số phiếu không đồng ý</source>
        <translation>votes against</translation>
    </message>
    <message>
        <source>số phiếu không ý kiến</source>
        <translation>abstentions</translation>
    </message>
    <message>
        <source>xóa kết quả đã nhập</source>
        <translation>clear the entered count</translation>
    </message>
    <message>
        <source>mã hồ sơ (xem list)</source>
        <translation>dossier id (see list)</translation>
    </message>
    <message>
        <source>kết quả kiểm phiếu: xếp hạng theo khối, đề nghị trong chỉ tiêu, các trường hợp bằng phiếu</source>
        <translation>the vote result: ranking per bloc, proposals within the quota, ties</translation>
    </message>
    <message>
        <source>ghi phiếu bầu theo từng khối</source>
        <translation>write the ballots, one per bloc</translation>
    </message>
    <message>
        <source>ghi biên bản họp Hội đồng và kiểm phiếu</source>
        <translation>write the minutes of the council session and the vote count</translation>
    </message>
    <message>
        <source>Đã ghi phiếu bầu vào %1</source>
        <translation>Ballots written to %1</translation>
    </message>
    <message>
        <source>Đã ghi biên bản họp Hội đồng vào %1</source>
        <translation>Council minutes written to %1</translation>
    </message>
    <message>
        <source> LỆNH [THAM SỐ...]

Quản lý hồ sơ đề nghị biểu dương Lao động giỏi, Lao động sáng tạo.

Tùy chọn chung (đặt trước LỆNH):
  --db TỆP        tệp cơ sở dữ liệu SQLite (mặc định: %1), hoặc máy chủ
          postgresql://người_dùng@máy:cổng/csdl (mật khẩu trong ~/.pgpass)
  --lang vi|en    ngôn ngữ của thông báo (mặc định: vi)
  --help          in hướng dẫn này; LỆNH --help: hướng dẫn của một lệnh
  --version       in phiên bản

Lệnh:
</source>
        <translation> COMMAND [ARGUMENTS...]

Manages the dossiers of nominees for honouring as Good Workers and Creative Workers.

Global options (before COMMAND):
  --db FILE       the SQLite database file (default: %1), or a server
          postgresql://user@host:port/dbname (password in ~/.pgpass)
  --lang vi|en    language of the messages (default: vi)
  --help          print this help; COMMAND --help: the help of one command
  --version       print the version

Commands:
</translation>
    </message>
    <message>
        <source>Đã nhập %1 đại biểu.</source>
        <translation>Imported %1 delegates.</translation>
    </message>
    <message>
        <source>  %1: có mặt %2/%3</source>
        <translation>  %1: %2/%3 present</translation>
    </message>
    <message>
        <source>(chưa xếp nhóm)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>Có mặt %1/%2 đại biểu</source>
        <translation>%1/%2 delegates present</translation>
    </message>
    <message>
        <source>Cần đúng một trong hai: MÃ hoặc --search CHỮ.</source>
        <translation>Give exactly one of ID or --search TEXT.</translation>
    </message>
    <message>
        <source>Không thấy đại biểu nào khớp &quot;%1&quot;.</source>
        <translation>No delegate matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 đại biểu khớp &quot;%2&quot;; gõ thêm chữ hoặc dùng MÃ:</source>
        <translation>%1 delegates match &quot;%2&quot;; type more letters or use the ID:</translation>
    </message>
    <message>
        <source>Có mặt: %1 (%2)</source>
        <translation>Present: %1 (%2)</translation>
    </message>
    <message>
        <source>Bỏ đánh dấu có mặt: %1 (%2)</source>
        <translation>No longer marked present: %1 (%2)</translation>
    </message>
    <message>
        <source>nhập danh sách đại biểu (CSV hoặc XLSX: Họ và tên, Chức vụ, Cơ quan, Thành phần, Hàng ghế, Trao thưởng); có lỗi thì không nhập gì</source>
        <translation>import the delegates (CSV or XLSX: Họ và tên, Chức vụ, Cơ quan, Thành phần, Hàng ghế, Trao thưởng); nothing is imported if there are errors</translation>
    </message>
    <message>
        <source>thay toàn bộ danh sách cũ</source>
        <translation>replace the whole old list</translation>
    </message>
    <message>
        <source>tệp danh sách đại biểu</source>
        <translation>the delegates list file</translation>
    </message>
    <message>
        <source>liệt kê đại biểu và số có mặt theo thành phần</source>
        <translation>list the delegates and how many are present per group</translation>
    </message>
    <message>
        <source>CHỮ</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>chỉ những người có tên chứa các chữ này (gõ không dấu được)</source>
        <translation>only those whose name contains these words (diacritics may be left out)</translation>
    </message>
    <message>
        <source>đánh dấu đại biểu có mặt (theo mã, hoặc --search khi chỉ một người khớp)</source>
        <translation>mark a delegate present (by ID, or --search when exactly one matches)</translation>
    </message>
    <message>
        <source>tìm theo tên, không cần dấu</source>
        <translation>search by name, diacritics may be left out</translation>
    </message>
    <message>
        <source>bỏ đánh dấu có mặt</source>
        <translation>take the check-in back</translation>
    </message>
    <message>
        <source>mã đại biểu (xem delegates list)</source>
        <translation>delegate ID (see delegates list)</translation>
    </message>
    <message>
        <source>ghi giấy mời đại biểu, mỗi người một trang</source>
        <translation>write the delegates&apos; invitations, one page each</translation>
    </message>
    <message>
        <source>ghi nhãn dán phong bì giấy mời</source>
        <translation>write the envelope labels for the invitations</translation>
    </message>
    <message>
        <source>ghi danh sách đón tiếp đại biểu theo thành phần (để ký tên)</source>
        <translation>write the reception desk&apos;s list by group (to sign)</translation>
    </message>
    <message>
        <source>Đã ghi giấy mời đại biểu vào %1</source>
        <translation>Delegates&apos; invitations written to %1</translation>
    </message>
    <message>
        <source>Đã ghi nhãn phong bì vào %1</source>
        <translation>Envelope labels written to %1</translation>
    </message>
    <message>
        <source>Đã ghi danh sách đón tiếp đại biểu vào %1</source>
        <translation>Reception desk&apos;s list written to %1</translation>
    </message>
    <message>
        <source> (đã xem xét: %1 — %2, %3)</source>
        <translation> (reviewed: %1 — %2, %3)</translation>
    </message>
    <message>
        <source> (đã xem xét nhưng nay không còn khớp: %1 — %2, %3)</source>
        <translation> (reviewed, but no longer matching: %1 — %2, %3)</translation>
    </message>
    <message>
        <source>Đã ghi “đã xem xét” cho %1 (mã %2): %3. Cảnh báo đã xem xét: %4.</source>
        <translation>Recorded “reviewed” for %1 (ID %2): %3. Warnings reviewed: %4.</translation>
    </message>
    <message>
        <source>Đã bỏ “đã xem xét” của %1 (mã %2).</source>
        <translation>Withdrew the review of %1 (ID %2).</translation>
    </message>
    <message>
        <source>ghi “đã xem xét” cho người chỉ có cảnh báo (Cần xem xét), kèm lý do; sau đó người này được tính là đủ điều kiện để duyệt</source>
        <translation>record “reviewed”, with a reason, for a nominee with warnings only (Needs review); the nominee then counts as eligible for approval</translation>
    </message>
    <message>
        <source>LÝ_DO</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>vì sao vẫn đề nghị duyệt (bắt buộc)</source>
        <translation>why the nominee may still be approved (required)</translation>
    </message>
    <message>
        <source>bỏ “đã xem xét” (người đã duyệt thì bỏ duyệt trước)</source>
        <translation>withdraw “reviewed” (take an approval back first)</translation>
    </message>
    <message>
        <source>Kịch bản điều hành — %1</source>
        <translation>Running script — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n phút</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>(chưa phân công)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>   Lượt %1	%2	Khối %3, số %4–%5	trao: %6</source>
        <translation>   Batch %1	%2	%3 bloc, nos. %4–%5	presenter: %6</translation>
    </message>
    <message>
        <source>%1 người được biểu dương, %2 lượt, mỗi lượt không quá %3 người.</source>
        <translation>%1 honourees, %2 batches of at most %3.</translation>
    </message>
    <message>
        <source>kịch bản điều hành hội nghị: các mục chương trình có giờ, gọi người được biểu dương lên sân khấu theo lượt, người trao; -o ghi văn bản</source>
        <translation>the conference running script: programme items with times, honourees called to the stage in batches, presenters; -o writes the document</translation>
    </message>
    <message>
        <source>số phút mỗi mục không ghi &quot;(N phút)&quot; (mặc định 10)</source>
        <translation>minutes of an item without &quot;(N phút)&quot; (default 10)</translation>
    </message>
    <message>
        <source>số phút mỗi lượt lên sân khấu (mặc định 4)</source>
        <translation>minutes per batch on stage (default 4)</translation>
    </message>
    <message>
        <source>Đã ghi kịch bản điều hành hội nghị vào %1</source>
        <translation>Wrote the conference running script to %1</translation>
    </message>
    <message>
        <source>ghi các trang trình chiếu (PDF 16:9) theo đúng thứ tự kịch bản: trang tiêu đề, từng lượt và từng người được biểu dương</source>
        <translation>write the slides (16:9 PDF) in the running script&apos;s order: the title slide, each batch and each honouree</translation>
    </message>
    <message>
        <source>Đã ghi các trang trình chiếu vào %1</source>
        <translation>Wrote the slides to %1</translation>
    </message>
    <message>
        <source> LỆNH [THAM SỐ...]

Quản lý hồ sơ đề nghị biểu dương Lao động giỏi, Lao động sáng tạo.

Tùy chọn chung (đặt trước LỆNH):
  --db TỆP        tệp cơ sở dữ liệu SQLite (mặc định: %1), hoặc máy chủ
                  postgresql://người_dùng@máy:cổng/csdl (mật khẩu trong ~/.pgpass)
  --lang vi|en    ngôn ngữ của thông báo (mặc định: vi)
  --help          in hướng dẫn này; LỆNH --help: hướng dẫn của một lệnh
  --version       in phiên bản

Lệnh:
</source>
        <translation> COMMAND [ARGUMENTS...]

Manages the dossiers of nominees for honouring as Good Workers and Creative Workers.

Global options (before COMMAND):
  --db FILE       the SQLite database file (default: %1), or a server
                  postgresql://user@host:port/dbname (password in ~/.pgpass)
  --lang vi|en    language of the messages (default: vi)
  --help          print this help; COMMAND --help: the help of one command
  --version       print the version

Commands:
</translation>
    </message>
    <message>
        <source>Số liệu phong trào — %1</source>
        <translation>Movement figures — %1</translation>
    </message>
    <message>
        <source>Hồ sơ đề nghị: %1; được biểu dương: %2; có sáng kiến: %3 (được biểu dương %4)</source>
        <translation>Nominees: %1; honourees: %2; with an initiative: %3 (honoured %4)</translation>
    </message>
    <message>
        <source>(cột: đề nghị, được biểu dương)</source>
        <translation>(columns: nominees, honourees)</translation>
    </message>
    <message>
        <source>Theo khối:</source>
        <translation>By bloc:</translation>
    </message>
    <message>
        <source>Theo giới tính:</source>
        <translation>By gender:</translation>
    </message>
    <message>
        <source>Công nhân / cán bộ:</source>
        <translation>Workers / staff:</translation>
    </message>
    <message>
        <source>Theo loại:</source>
        <translation>By category:</translation>
    </message>
    <message>
        <source>Theo đơn vị:</source>
        <translation>By unit:</translation>
    </message>
    <message>
        <source>số liệu cho báo cáo phong trào: hồ sơ đề nghị và người được biểu dương theo khối, đơn vị, giới tính, công nhân/cán bộ, LĐG/LĐST, sáng kiến</source>
        <translation>the movement report&apos;s figures: nominees and honourees by bloc, unit, gender, worker/staff, LĐG/LĐST, initiatives</translation>
    </message>
    <message>
        <source>Đã ghi phụ lục số liệu phong trào vào %1</source>
        <translation>Wrote the annex of movement figures to %1</translation>
    </message>
    <message>
        <source>in đủ số CCCD trong JSON (mặc định: chỉ 4 số cuối)</source>
        <translation>print the full CCCD in the JSON (default: the last 4 digits only)</translation>
    </message>
    <message>
        <source>Đã bỏ duyệt mã %1: hồ sơ mới trùng với người này.</source>
        <translation>Approval of id %1 withdrawn: a new dossier duplicates this nominee.</translation>
    </message>
    <message>
        <source>nếu dòng mới trùng với người đã duyệt: bỏ duyệt người đó (mặc định: không nhập gì)</source>
        <translation>if a new row duplicates an approved nominee: withdraw that approval (default: import nothing)</translation>
    </message>
    <message>
        <source>đang dùng</source>
        <translation>active</translation>
    </message>
    <message>
        <source>đã khóa</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>%1 hồ sơ, %2 đã duyệt</source>
        <translation>%1 dossiers, %2 approved</translation>
    </message>
    <message>
        <source>Đã tạo đợt mã %1 và đặt làm đợt đang dùng.</source>
        <translation>Created campaign %1 and made it the active campaign.</translation>
    </message>
    <message>
        <source>Đợt mã %1 là đợt đang dùng.</source>
        <translation>Campaign %1 is the active campaign.</translation>
    </message>
    <message>
        <source>Đã khóa đợt mã %1 (chỉ xem).</source>
        <translation>Campaign %1 closed (read-only).</translation>
    </message>
    <message>
        <source>Đã mở lại đợt mã %1.</source>
        <translation>Campaign %1 reopened.</translation>
    </message>
    <message>
        <source>mã đợt (mặc định: đợt đang dùng)</source>
        <translation>the campaign&apos;s id (default: the active campaign)</translation>
    </message>
    <message>
        <source>liệt kê các đợt biểu dương (mã, năm, đang dùng, đã khóa)</source>
        <translation>list the campaigns (id, year, active, closed)</translation>
    </message>
    <message>
        <source>tạo đợt mới từ một đợt (chép khối, chỉ tiêu, tiêu chí, người ký, hồ sơ, chương trình) và đặt làm đợt đang dùng</source>
        <translation>create a new campaign from a campaign (copying blocs, quotas, criteria, signers, documents, programme) and make it the active one</translation>
    </message>
    <message>
        <source>mã đợt để chép</source>
        <translation>the id of the campaign to copy</translation>
    </message>
    <message>
        <source>tên đợt mới</source>
        <translation>the new campaign&apos;s name</translation>
    </message>
    <message>
        <source>số kế hoạch, ví dụ 45/KH-LĐLĐ</source>
        <translation>the plan number, e.g. 45/KH-LĐLĐ</translation>
    </message>
    <message>
        <source>hạn nộp hồ sơ</source>
        <translation>the dossier deadline</translation>
    </message>
    <message>
        <source>ngày hội nghị</source>
        <translation>the conference date</translation>
    </message>
    <message>
        <source>ngày ban hành kế hoạch</source>
        <translation>the date the plan was issued</translation>
    </message>
    <message>
        <source>năm thi đua (mặc định: năm của đợt cũ, dời như hạn nộp)</source>
        <translation>the emulation year (default: the old campaign&apos;s, moved as the deadline moved)</translation>
    </message>
    <message>
        <source>đặt một đợt làm đợt đang dùng cho mọi lệnh khác</source>
        <translation>make a campaign the active one for every other command</translation>
    </message>
    <message>
        <source>mã đợt</source>
        <translation>the campaign&apos;s id</translation>
    </message>
    <message>
        <source>khóa một đợt: chỉ xem, không sửa được (ghi nhật ký)</source>
        <translation>close a campaign: read-only, nothing can change (logged)</translation>
    </message>
    <message>
        <source>mở lại một đợt đã khóa (ghi nhật ký)</source>
        <translation>reopen a closed campaign (logged)</translation>
    </message>
    <message>
        <source>cần --cccd, hoặc --name cùng --birth-date (không dùng cả hai cách)</source>
        <translation>give --cccd, or --name with --birth-date (not both)</translation>
    </message>
    <message>
        <source>--name cần đi cùng --birth-date (không tìm theo tên một mình)</source>
        <translation>--name needs --birth-date (never a search by the name alone)</translation>
    </message>
    <message>
        <source>--birth-date “%1” không phải ngày (YYYY-MM-DD, dd/mm/yyyy) hoặc năm (YYYY)</source>
        <translation>--birth-date “%1” is not a date (YYYY-MM-DD, dd/mm/yyyy) or a year (YYYY)</translation>
    </message>
    <message>
        <source>--birth-date chỉ dùng cùng --name</source>
        <translation>--birth-date only goes with --name</translation>
    </message>
    <message>
        <source>Không tìm thấy người nào.</source>
        <translation>No person found.</translation>
    </message>
    <message>
        <source>  có thể trùng với người mã %1 (%2): %3</source>
        <translation>  may be the same as person %1 (%2): %3</translation>
    </message>
    <message>
        <source>Người mã %1: %2, sinh %3, CCCD %4</source>
        <translation>Person %1: %2, born %3, CCCD %4</translation>
    </message>
    <message>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>chưa duyệt</source>
        <translation>not approved</translation>
    </message>
    <message>
        <source>lịch sử đề nghị của một người qua các đợt (theo CCCD, hoặc họ tên và ngày sinh)</source>
        <translation>a person&apos;s nominations across campaigns (by CCCD, or full name and birth date)</translation>
    </message>
    <message>
        <source>số CCCD</source>
        <translation>the CCCD number</translation>
    </message>
    <message>
        <source>họ và tên</source>
        <translation>the full name</translation>
    </message>
    <message>
        <source>ngày sinh YYYY-MM-DD (hoặc năm YYYY), cùng --name</source>
        <translation>the birth date YYYY-MM-DD (or year YYYY), with --name</translation>
    </message>
    <message>
        <source>hiện đủ số CCCD (mặc định chỉ 4 số cuối)</source>
        <translation>show the whole CCCD (default: only the last 4 digits)</translation>
    </message>
    <message>
        <source>mọi đợt, theo năm (qua các năm)</source>
        <translation>every campaign, by year (over the years)</translation>
    </message>
    <message>
        <source>%1 (năm %2): %3 hồ sơ, %4 được biểu dương, %5 đơn vị tham gia, %6 người được biểu dương lại</source>
        <translation>%1 (year %2): %3 dossiers, %4 honoured, %5 units taking part, %6 people honoured again</translation>
    </message>
    <message>
        <source>người mã %1: %2, sinh %3, CCCD %4</source>
        <translation>person %1: %2, born %3, CCCD %4</translation>
    </message>
    <message>
        <source>Không có cặp người nào có thể trùng.</source>
        <translation>No pair of people that may be one.</translation>
    </message>
    <message>
        <source>  cùng một người: vinhdanh-cli people merge %1 %2; hai người khác nhau: vinhdanh-cli people apart %1 %2</source>
        <translation>  one person: vinhdanh-cli people merge %1 %2; two people: vinhdanh-cli people apart %1 %2</translation>
    </message>
    <message>
        <source>Đã gộp người mã %1 vào người mã %2: %3 hồ sơ chuyển sang.</source>
        <translation>Merged person %1 into person %2: %3 dossier(s) moved.</translation>
    </message>
    <message>
        <source>Đã ghi người mã %1 và người mã %2 là hai người khác nhau.</source>
        <translation>Recorded people %1 and %2 as different people.</translation>
    </message>
    <message>
        <source>Đã tách %1 hồ sơ khỏi người mã %2 thành người mã %3; hai người được ghi là khác nhau.</source>
        <translation>Split %1 dossier(s) off person %2 into person %3; the two are recorded as different.</translation>
    </message>
    <message>
        <source>liệt kê các cặp người có thể là một (cùng CCCD khác ngày sinh, cùng họ tên và ngày sinh...), chờ người dùng quyết định</source>
        <translation>list the pairs of people that may be one (same CCCD with another birth date, same name and birth date…), awaiting a decision</translation>
    </message>
    <message>
        <source>gộp người MÃ_BỎ vào người MÃ_GIỮ (là một người): mọi hồ sơ chuyển sang</source>
        <translation>merge person MERGED into person KEPT (one person): every dossier moves over</translation>
    </message>
    <message>
        <source>MÃ_GIỮ MÃ_BỎ</source>
        <translation>KEPT MERGED</translation>
    </message>
    <message>
        <source>mã người (xem people conflicts hoặc history)</source>
        <translation>person ids (see people conflicts or history)</translation>
    </message>
    <message>
        <source>ghi hai người là khác nhau: không còn báo có thể trùng</source>
        <translation>record two people as different: no longer reported as a possible conflict</translation>
    </message>
    <message>
        <source>MÃ MÃ</source>
        <translation>ID ID</translation>
    </message>
    <message>
        <source>mã hai người (xem people conflicts)</source>
        <translation>the two person ids (see people conflicts)</translation>
    </message>
    <message>
        <source>tách một phần hồ sơ của một người thành người khác</source>
        <translation>split some of a person&apos;s dossiers off to another person</translation>
    </message>
    <message>
        <source>MÃ_NGƯỜI MÃ_HỒ_SƠ</source>
        <translation>PERSON DOSSIER</translation>
    </message>
    <message>
        <source>mã người, rồi mã các hồ sơ chuyển sang người mới</source>
        <translation>the person id, then the ids of the dossiers that move to the new person</translation>
    </message>
    <message>
        <source>MÃ_NGƯỜI MÃ_HỒ_SƠ...</source>
        <translation>PERSON DOSSIER...</translation>
    </message>
    <message>
        <source>BẰNG PHIẾU ở vị trí cuối — Hội đồng quyết định (gợi ý theo ưu tiên: thứ %1)</source>
        <translation>TIED for the last place — the council decides (suggested by priority: place %1)</translation>
    </message>
    <message>
        <source>Thứ tự gợi ý theo ưu tiên của đợt (%1) chỉ để tham khảo, không được áp dụng.</source>
        <translation>The order suggested by the campaign&apos;s priorities (%1) is for reference only and is not applied.</translation>
    </message>
    <message>
        <source>--honoured-before-years: từ 0 (tắt) đến 50 năm.</source>
        <translation>--honoured-before-years: from 0 (off) to 50 years.</translation>
    </message>
    <message>
        <source>--severity: không có quy tắc &quot;%1&quot; (xem docs/rules.md).</source>
        <translation>--severity: there is no rule &quot;%1&quot; (see docs/rules.md).</translation>
    </message>
    <message>
        <source>--severity %1: mức phải là error, warning, off hoặc default.</source>
        <translation>--severity %1: the level must be error, warning, off or default.</translation>
    </message>
    <message>
        <source>Đã lưu thiết lập quy tắc của đợt &quot;%1&quot;.</source>
        <translation>Saved the rule settings of campaign &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Đợt: %1</source>
        <translation>Campaign: %1</translation>
    </message>
    <message>
        <source>Đã khen trong %1 năm gần đây: cảnh báo (HONOURED_BEFORE)</source>
        <translation>Honoured within the last %1 years: warning (HONOURED_BEFORE)</translation>
    </message>
    <message>
        <source>Đã khen trong các năm trước: không xét (HONOURED_BEFORE tắt)</source>
        <translation>Honoured in earlier years: not checked (HONOURED_BEFORE off)</translation>
    </message>
    <message>
        <source>Ưu tiên khi bằng phiếu (chỉ gợi ý): %1</source>
        <translation>Tie priority (suggestion only): %1</translation>
    </message>
    <message>
        <source>	(mặc định: %1)</source>
        <translation>	(default: %1)</translation>
    </message>
    <message>
        <source>xem hoặc đổi thiết lập quy tắc của đợt đang dùng: mức của từng quy tắc, số năm xét HONOURED_BEFORE, thứ tự ưu tiên khi bằng phiếu</source>
        <translation>show or change the active campaign&apos;s rule settings: each rule&apos;s severity, the HONOURED_BEFORE years, the tie priority</translation>
    </message>
    <message>
        <source>cảnh báo người đã được khen trong N năm gần đây (0: tắt)</source>
        <translation>warn about people honoured within the last N years (0: off)</translation>
    </message>
    <message>
        <source>thứ tự ưu tiên gợi ý khi bằng phiếu: female, worker (cách nhau bằng dấu phẩy; &quot;&quot; để bỏ)</source>
        <translation>suggested order when tied: female, worker (separated by commas; &quot;&quot; to remove)</translation>
    </message>
    <message>
        <source>mức của quy tắc: error, warning, off hoặc default (nhiều quy tắc cách nhau bằng dấu phẩy)</source>
        <translation>a rule&apos;s level: error, warning, off or default (several rules separated by commas)</translation>
    </message>
    <message>
        <source>“%1” → chức vụ “%2”, đơn vị “%3”</source>
        <translation>“%1” → position “%2”, unit “%3”</translation>
    </message>
    <message>
        <source>Không nhập gì: cột “%1” của tệp %2 ghi chức vụ và đơn vị trong một ô. Thêm --split-position-unit để tách: chức vụ trước dấu phẩy đầu tiên, đơn vị sau.</source>
        <translation>Nothing imported: column “%1” of %2 holds position and unit in one cell. Add --split-position-unit to split it: the position before the first comma, the unit after it.</translation>
    </message>
    <message>
        <source>tách cột “Chức vụ, đơn vị công tác” (một ô): chức vụ trước dấu phẩy đầu tiên (hoặc “ - ”), đơn vị sau</source>
        <translation>split a “Chức vụ, đơn vị công tác” column (one cell): the position before the first comma (or “ - ”), the unit after it</translation>
    </message>
</context>
<context>
    <name>vd::docs</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Khối</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Danh hiệu, đợt biểu dương</source>
        <translation>Title, campaign</translation>
    </message>
    <message>
        <source>Địa danh, ngày tháng</source>
        <translation>Place, date</translation>
    </message>
    <message>
        <source>Mẫu giấy khen không đọc được: %1</source>
        <translation>Cannot read the certificate of merit layout: %1</translation>
    </message>
    <message>
        <source>Mẫu giấy khen: hướng giấy không hợp lệ: %1</source>
        <translation>Certificate of merit layout: invalid paper orientation: %1</translation>
    </message>
    <message>
        <source>Mẫu giấy khen, trường %1 (%2)</source>
        <translation>Certificate of merit layout, field %1 (%2)</translation>
    </message>
    <message>
        <source>%1: tên trường không hợp lệ.</source>
        <translation>%1: invalid field name.</translation>
    </message>
    <message>
        <source>%1: vị trí X=%2 mm, Y=%3 mm nằm ngoài tờ giấy %4 × %5 mm.</source>
        <translation>%1: position X=%2 mm, Y=%3 mm lies outside the %4 × %5 mm sheet.</translation>
    </message>
    <message>
        <source>%1: cỡ chữ %2 pt không hợp lệ (4–96).</source>
        <translation>%1: invalid font size %2 pt (4–96).</translation>
    </message>
    <message>
        <source>%1: độ rộng %2 mm không hợp lệ.</source>
        <translation>%1: invalid width %2 mm.</translation>
    </message>
    <message>
        <source>%1: căn lề không hợp lệ (left, center, right).</source>
        <translation>%1: invalid alignment (left, center, right).</translation>
    </message>
    <message>
        <source>Mẫu giấy khen không hợp lệ.</source>
        <translation>Invalid certificate of merit layout.</translation>
    </message>
    <message>
        <source>Đạt danh hiệu Lao động giỏi tiêu biểu năm %1</source>
        <translation>Achieved the title of outstanding worker in %1</translation>
    </message>
    <message>
        <source>Giấy khen %1</source>
        <translation>Certificate of merit %1</translation>
    </message>
    <message>
        <source>Trang in thử giấy khen</source>
        <translation>Certificate of merit test page</translation>
    </message>
    <message>
        <source>      /BC-LĐLĐ</source>
        <translation>      /BC-LĐLĐ</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Kết quả thẩm định hồ sơ đề nghị biểu dương</source>
        <translation>Results of the review of dossiers proposed for honouring</translation>
    </message>
    <message>
        <source>Lao động giỏi tiêu biểu năm %1</source>
        <translation>Outstanding workers of %1</translation>
    </message>
    <message>
        <source>Căn cứ Kế hoạch số %1 ngày %2 về việc tổ chức %3;</source>
        <translation>Pursuant to Plan No. %1 dated %2 on organising %3;</translation>
    </message>
    <message>
        <source>Hạn nhận hồ sơ: đến hết ngày %1.</source>
        <translation>Submission deadline: until the end of %1.</translation>
    </message>
    <message>
        <source>Hạn nhận hồ sơ: trước ngày %1.</source>
        <translation>Submission deadline: before %1.</translation>
    </message>
    <message>
        <source>Tổng số hồ sơ: %1; đủ điều kiện: %2; cần xem xét: %3; không đủ điều kiện: %4; đã duyệt: %5 trên chỉ tiêu %6.</source>
        <translation>Total dossiers: %1; eligible: %2; needs review: %3; not eligible: %4; approved: %5 out of a quota of %6.</translation>
    </message>
    <message>
        <source>I. TỔNG HỢP THEO KHỐI</source>
        <translation>I. SUMMARY BY BLOC</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Đủ điều kiện</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Cần xem xét</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Không đủ điều kiện</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Còn lại</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <source>Khối khác</source>
        <translation>Other bloc</translation>
    </message>
    <message>
        <source>Khối %1</source>
        <translation>Bloc %1</translation>
    </message>
    <message>
        <source>Hội đồng Thi đua - Khen thưởng</source>
        <translation>Emulation and Merit Award Council</translation>
    </message>
    <message>
        <source>Lưu: VT</source>
        <translation>Filed: Records office</translation>
    </message>
    <message>
        <source>Báo cáo thẩm định hồ sơ %1</source>
        <translation>Dossier review report %1</translation>
    </message>
    <message>
        <source>Ông:</source>
        <translation>Mr.:</translation>
    </message>
    <message>
        <source>Bà:</source>
        <translation>Ms.:</translation>
    </message>
    <message>
        <source>Ông (Bà):</source>
        <translation>Mr./Ms.:</translation>
    </message>
    <message>
        <source>      /GM-LĐLĐ</source>
        <translation>      /GM-LĐLĐ</translation>
    </message>
    <message>
        <source>Giấy mời</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Trân trọng kính mời</source>
        <translation>We respectfully invite</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Tới dự:</source>
        <translation>To attend:</translation>
    </message>
    <message>
        <source>với tư cách đại biểu được biểu dương.</source>
        <translation>as an honoured delegate.</translation>
    </message>
    <message>
        <source>Thời gian:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>Rất mong được đón tiếp!</source>
        <translation>We look forward to welcoming you!</translation>
    </message>
    <message>
        <source>Giấy mời %1</source>
        <translation>Invitation %1</translation>
    </message>
    <message numerus="yes">
        <source>%n người</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Lao động giỏi tiêu biểu được biểu dương</source>
        <translation>Outstanding workers honoured</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <source>Tổng cộng: %n người.</source>
        <translation>
            <numerusform>Total: %n person.</numerusform>
            <numerusform>Total: %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Danh sách Lao động giỏi tiêu biểu được biểu dương</source>
        <translation>List of honoured outstanding workers</translation>
    </message>
    <message>
        <source>Chưa đặt mức tiền thưởng cho mỗi người của đợt &quot;%1&quot;: đặt trong thiết lập đợt biểu dương hoặc dùng --amount.</source>
        <translation>No cash award per person has been set for campaign &quot;%1&quot;: set it in the campaign settings or use --amount.</translation>
    </message>
    <message>
        <source>Ban Thường vụ %1</source>
        <translation>Standing Committee of %1</translation>
    </message>
    <message>
        <source>      /QĐ-LĐLĐ</source>
        <translation>      /QĐ-LĐLĐ</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Về việc khen thưởng Lao động giỏi tiêu biểu năm %1</source>
        <translation>On merit awards for outstanding workers of %1</translation>
    </message>
    <message>
        <source>Xét đề nghị của Hội đồng Thi đua - Khen thưởng,</source>
        <translation>Having considered the proposal of the Emulation and Merit Award Council,</translation>
    </message>
    <message>
        <source>QUYẾT ĐỊNH:</source>
        <translation>DECIDES:</translation>
    </message>
    <message>
        <source>Điều 1.</source>
        <translation>Article 1.</translation>
    </message>
    <message numerus="yes">
        <source>Khen thưởng %n cá nhân đạt danh hiệu Lao động giỏi tiêu biểu năm %1 (có danh sách kèm theo).</source>
        <translation>
            <numerusform>To grant merit awards to %n individual who achieved the title of outstanding worker in %1 (list attached).</numerusform>
            <numerusform>To grant merit awards to %n individuals who achieved the title of outstanding worker in %1 (list attached).</numerusform>
        </translation>
    </message>
    <message>
        <source>Điều 2.</source>
        <translation>Article 2.</translation>
    </message>
    <message>
        <source>Mỗi cá nhân được tặng Giấy khen và tiền thưởng %1 đồng. Tổng số tiền thưởng: %2 người × %1 đồng = %3 đồng.</source>
        <translation>Each individual receives a Certificate of merit and a cash award of %1 VND. Total cash award: %2 person(s) × %1 VND = %3 VND.</translation>
    </message>
    <message>
        <source>Điều 3.</source>
        <translation>Article 3.</translation>
    </message>
    <message>
        <source>Văn phòng, các ban và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký.</source>
        <translation>The Office, the departments and the individuals named in Article 1 are responsible for implementing this Decision. This Decision takes effect from the date of signing.</translation>
    </message>
    <message>
        <source>Như Điều 3</source>
        <translation>As in Article 3</translation>
    </message>
    <message>
        <source>Tổng cộng: %1 người; tổng số tiền thưởng %2 đồng.</source>
        <translation>Total: %1 person(s); total cash award %2 VND.</translation>
    </message>
    <message>
        <source>Quyết định khen thưởng Lao động giỏi tiêu biểu năm %1</source>
        <translation>Decision on merit awards for outstanding workers of %1</translation>
    </message>
    <message>
        <source>Danh sách được biểu dương</source>
        <translation>List of honoured nominees</translation>
    </message>
    <message>
        <source>Chương trình hội nghị</source>
        <translation>Conference programme</translation>
    </message>
    <message>
        <source>Dự thảo quyết định khen thưởng</source>
        <translation>Draft merit award decision</translation>
    </message>
    <message>
        <source>Giấy khen</source>
        <translation>Certificate of merit</translation>
    </message>
    <message>
        <source>Báo cáo thẩm định hồ sơ</source>
        <translation>Dossier review report</translation>
    </message>
    <message>
        <source>Tài liệu trống.</source>
        <translation>The document is empty.</translation>
    </message>
    <message>
        <source>%1 không xuất được dạng &quot;%2&quot; (chọn %3).</source>
        <translation>%1 cannot be exported as &quot;%2&quot; (choose %3).</translation>
    </message>
    <message>
        <source>Chưa có hồ sơ đề nghị nào trong đợt &quot;%1&quot;.</source>
        <translation>There are no nomination dossiers in campaign &quot;%1&quot; yet.</translation>
    </message>
    <message>
        <source>Có người được chọn không thuộc danh sách đã duyệt.</source>
        <translation>Some of the selected people are not on the approved list.</translation>
    </message>
    <message>
        <source>Không có thiết bị in.</source>
        <translation>No printing device.</translation>
    </message>
    <message>
        <source>Không bắt đầu vẽ được lên thiết bị in.</source>
        <translation>Cannot start painting on the printing device.</translation>
    </message>
    <message>
        <source>Không thêm được trang %1.</source>
        <translation>Cannot add page %1.</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Thành phần hội nghị:</source>
        <translation>Conference participants:</translation>
    </message>
    <message>
        <source>Nội dung chương trình hội nghị:</source>
        <translation>Conference programme:</translation>
    </message>
    <message>
        <source>Chương trình %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>Không giải nén được gói zip.</source>
        <translation>Cannot unpack the zip package.</translation>
    </message>
    <message>
        <source>Gói zip bị hỏng.</source>
        <translation>The zip package is corrupt.</translation>
    </message>
    <message>
        <source>Không nén được gói zip.</source>
        <translation>Cannot pack the zip package.</translation>
    </message>
    <message>
        <source>Định dạng không hỗ trợ: %1 (chọn %2).</source>
        <translation>Unsupported format: %1 (choose %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>CCCD %1</source>
        <translation>Citizen ID %1</translation>
    </message>
    <message>
        <source>Kết luận: </source>
        <translation>Conclusion: </translation>
    </message>
    <message>
        <source>II. KẾT QUẢ THẨM ĐỊNH TỪNG HỒ SƠ</source>
        <translation>II. RESULT FOR EACH DOSSIER</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Mã điểm chưa đạt, cần xem xét</source>
        <translation>Codes of unmet or doubtful points</translation>
    </message>
    <message>
        <source> (đã duyệt)</source>
        <translation> (approved)</translation>
    </message>
    <message>
        <source>III. CHI TIẾT CÁC HỒ SƠ CHƯA ĐẠT HOẶC CẦN XEM XÉT</source>
        <translation>III. DETAILS OF THE DOSSIERS NOT MEETING THE CRITERIA OR UNDER REVIEW</translation>
    </message>
    <message>
        <source>Tất cả hồ sơ đều đủ điều kiện theo kế hoạch.</source>
        <translation>Every dossier meets the criteria of the plan.</translation>
    </message>
    <message>
        <source>Người được đề nghị và các điểm chưa đạt, cần xem xét</source>
        <translation>Nominee and the points not met or under review</translation>
    </message>
    <message>
        <source>Danh sách Lao động giỏi tiêu biểu được khen thưởng</source>
        <translation>List of outstanding good workers awarded</translation>
    </message>
    <message>
        <source>(Kèm theo Quyết định số %1 %2)</source>
        <translation>(Attached to Decision No. %1 of %2)</translation>
    </message>
    <message>
        <source>Dự toán kinh phí %1</source>
        <translation>Budget estimate %1</translation>
    </message>
    <message>
        <source>      /DT-LĐLĐ</source>
        <translation>      /DT-LĐLĐ</translation>
    </message>
    <message>
        <source>Dự toán kinh phí</source>
        <translation>Budget estimate</translation>
    </message>
    <message>
        <source>Tổ chức %1</source>
        <translation>Organising the %1</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Đơn giá (đồng)</source>
        <translation>Unit price (VND)</translation>
    </message>
    <message>
        <source>Thành tiền (đồng)</source>
        <translation>Amount (VND)</translation>
    </message>
    <message>
        <source>Khen thưởng</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>Tiền thưởng Lao động giỏi tiêu biểu</source>
        <translation>Cash awards for outstanding workers</translation>
    </message>
    <message>
        <source>người</source>
        <translation>person</translation>
    </message>
    <message>
        <source>Tổ chức hội nghị</source>
        <translation>Organising the conference</translation>
    </message>
    <message>
        <source>(Bằng chữ: %1.)</source>
        <translation>(In words: %1.)</translation>
    </message>
    <message>
        <source>UBND huyện (để báo cáo)</source>
        <translation>District People&apos;s Committee (for information)</translation>
    </message>
    <message>
        <source>Phòng Tài chính - Kế hoạch</source>
        <translation>Finance and Planning Office</translation>
    </message>
    <message>
        <source>Chưa kiểm phiếu</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>Bằng phiếu</source>
        <translation>Tied</translation>
    </message>
    <message>
        <source>Đề nghị biểu dương</source>
        <translation>Proposed for honouring</translation>
    </message>
    <message>
        <source>Đạt, ngoài chỉ tiêu</source>
        <translation>Passed, beyond the quota</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Phiếu bầu Lao động giỏi tiêu biểu năm %1</source>
        <translation>Ballots for outstanding workers %1</translation>
    </message>
    <message>
        <source>Phiếu bầu</source>
        <translation>Ballot</translation>
    </message>
    <message numerus="yes">
        <source>(Chọn không quá %n người; đánh dấu X vào một trong hai cột)</source>
        <translation>
            <numerusform>(Choose at most %n person; mark X in one of the two columns)</numerusform>
            <numerusform>(Choose at most %n people; mark X in one of the two columns)</numerusform>
        </translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Không đồng ý</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Thành viên Hội đồng cùng đơn vị với người được bầu không bầu cho người đó.</source>
        <translation>A council member does not vote on a nominee of their own unit.</translation>
    </message>
    <message>
        <source>Chưa nhập kết quả kiểm phiếu nào: chưa lập được biên bản.</source>
        <translation>No vote count has been entered yet: the minutes cannot be drawn up.</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng Thi đua - Khen thưởng</source>
        <translation>Minutes of the emulation and reward council</translation>
    </message>
    <message>
        <source>      /BB-HĐTĐKT</source>
        <translation>      /BB-HĐTĐKT</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Họp Hội đồng Thi đua - Khen thưởng xét biểu dương</source>
        <translation>Session of the emulation and reward council on honours</translation>
    </message>
    <message>
        <source>, tại %1</source>
        <translation>, at %1</translation>
    </message>
    <message>
        <source>Hôm nay, %1%2, Hội đồng Thi đua - Khen thưởng họp xét, bầu chọn Lao động giỏi tiêu biểu để biểu dương tại %3.</source>
        <translation>Today, %1%2, the emulation and reward council met to consider and elect the outstanding workers to be honoured at the %3.</translation>
    </message>
    <message>
        <source>I. Thành phần</source>
        <translation>I. Attendance</translation>
    </message>
    <message>
        <source>Có mặt %1/%2 thành viên Hội đồng:</source>
        <translation>%1 of the %2 council members present:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Vắng mặt: %1.</source>
        <translation>Absent: %1.</translation>
    </message>
    <message>
        <source>II. Nội dung</source>
        <translation>II. Proceedings</translation>
    </message>
    <message numerus="yes">
        <source>Hội đồng xem xét %n hồ sơ đủ điều kiện theo tiêu chuẩn của Kế hoạch, bầu bằng phiếu kín theo từng khối. Người được đề nghị khi số phiếu đồng ý %1; thành viên cùng đơn vị với người được bầu không bầu cho người đó. Trong chỉ tiêu của khối, người nhiều phiếu hơn được xếp trước.</source>
        <translation>
            <numerusform>The council considered %n dossier meeting the plan&apos;s criteria and voted by secret ballot, bloc by bloc. A nominee is proposed with votes for %1; a member does not vote on a nominee of their own unit. Within a bloc&apos;s quota, more votes rank first.</numerusform>
            <numerusform>The council considered %n dossiers meeting the plan&apos;s criteria and voted by secret ballot, bloc by bloc. A nominee is proposed with votes for %1; a member does not vote on a nominee of their own unit. Within a bloc&apos;s quota, more votes rank first.</numerusform>
        </translation>
    </message>
    <message>
        <source>III. Kết quả kiểm phiếu</source>
        <translation>III. Vote count</translation>
    </message>
    <message>
        <source>%1. %2 (chỉ tiêu còn %3)</source>
        <translation>%1. %2 (%3 places left in the quota)</translation>
    </message>
    <message>
        <source>Không ý kiến</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>Tỷ lệ đồng ý</source>
        <translation>Share for</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>%1: %2 bằng phiếu ở vị trí cuối của chỉ tiêu</source>
        <translation>%1: %2 tied for the last place of the quota</translation>
    </message>
    <message>
        <source>IV. Kết luận</source>
        <translation>IV. Conclusion</translation>
    </message>
    <message numerus="yes">
        <source>Hội đồng thống nhất đề nghị biểu dương %n người có tên ở cột Kết quả &quot;Đề nghị biểu dương&quot;.</source>
        <translation>
            <numerusform>The council agreed to propose for honouring the %n person marked &quot;Proposed for honouring&quot; in the Result column.</numerusform>
            <numerusform>The council agreed to propose for honouring the %n people marked &quot;Proposed for honouring&quot; in the Result column.</numerusform>
        </translation>
    </message>
    <message>
        <source>Các trường hợp bằng phiếu, Hội đồng xem xét quyết định: %1.</source>
        <translation>Ties, for the council to decide: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Còn %n hồ sơ chưa kiểm phiếu.</source>
        <translation>
            <numerusform>%n dossier has not been counted yet.</numerusform>
            <numerusform>%n dossiers have not been counted yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Biên bản được lập xong hồi …… giờ cùng ngày, đã thông qua và các thành viên có mặt nhất trí.</source>
        <translation>These minutes were completed at …… the same day, read out and agreed by the members present.</translation>
    </message>
    <message>
        <source>Phiếu bầu của Hội đồng</source>
        <translation>Council ballots</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng</source>
        <translation>Council minutes</translation>
    </message>
    <message>
        <source>Chưa có hồ sơ đủ điều kiện nào để đưa vào phiếu bầu.</source>
        <translation>No eligible dossier yet to put on a ballot.</translation>
    </message>
    <message>
        <source>Đại biểu khác</source>
        <translation>Other delegates</translation>
    </message>
    <message>
        <source>Giấy mời đại biểu %1</source>
        <translation>Delegate invitations %1</translation>
    </message>
    <message>
        <source>Đồng chí:</source>
        <translation>Comrade:</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị:</source>
        <translation>Title, body:</translation>
    </message>
    <message>
        <source>Vị trí ghế:</source>
        <translation>Seat:</translation>
    </message>
    <message>
        <source>Đồng chí được mời lên trao khen thưởng cho các cá nhân được biểu dương.</source>
        <translation>You are invited to present the awards to the honourees.</translation>
    </message>
    <message>
        <source>Sự có mặt của đồng chí góp phần vào thành công của hội nghị.</source>
        <translation>Your presence will contribute to the success of the conference.</translation>
    </message>
    <message>
        <source>Nhãn phong bì giấy mời %1</source>
        <translation>Invitation envelope labels %1</translation>
    </message>
    <message>
        <source>Kính gửi:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Đồng chí %1</source>
        <translation>Comrade %1</translation>
    </message>
    <message>
        <source>Danh sách đón tiếp đại biểu %1</source>
        <translation>Reception desk&apos;s list %1</translation>
    </message>
    <message>
        <source>Danh sách đón tiếp đại biểu</source>
        <translation>Reception desk&apos;s list of delegates</translation>
    </message>
    <message>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Title, body</translation>
    </message>
    <message>
        <source>Hàng ghế</source>
        <translation>Seat row</translation>
    </message>
    <message>
        <source>Ký tên / có mặt</source>
        <translation>Signature / present</translation>
    </message>
    <message>
        <source>đã đến %1</source>
        <translation>arrived %1</translation>
    </message>
    <message numerus="yes">
        <source>Tổng cộng: %n đại biểu.</source>
        <translation>
            <numerusform>Total: %n delegate.</numerusform>
            <numerusform>Total: %n delegates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Giấy mời đại biểu</source>
        <translation>Delegates&apos; invitations</translation>
    </message>
    <message>
        <source>Nhãn phong bì đại biểu</source>
        <translation>Delegates&apos; envelope labels</translation>
    </message>
    <message>
        <source>Chưa có đại biểu nào (hoặc có mã không thuộc danh sách đại biểu).</source>
        <translation>No delegates yet (or an ID that is not on the delegates list).</translation>
    </message>
    <message>
        <source>Đã xem xét: </source>
        <translation>Reviewed: </translation>
    </message>
    <message>
        <source> (đã xem xét)</source>
        <translation> (reviewed)</translation>
    </message>
    <message>
        <source>Kịch bản điều hành hội nghị</source>
        <translation>Conference running script</translation>
    </message>
    <message numerus="yes">
        <source>%n phút</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Lời dẫn:</source>
        <translation>MC:</translation>
    </message>
    <message>
        <source>Đồng chí %1, %2</source>
        <translation>Comrade %1, %2</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Thời lượng</source>
        <translation>Duration</translation>
    </message>
    <message numerus="yes">
        <source> (%n lượt lên sân khấu)</source>
        <translation>
            <numerusform> (%n batch on stage)</numerusform>
            <numerusform> (%n batches on stage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Đến dự hội nghị hôm nay, chúng tôi trân trọng giới thiệu có:</source>
        <translation>Attending the conference today, we are honoured to introduce:</translation>
    </message>
    <message>
        <source>Lượt %1 — Khối %2, số %3–%4</source>
        <translation>Batch %1 — %2 bloc, nos. %3–%4</translation>
    </message>
    <message numerus="yes">
        <source>Trân trọng kính mời %n đồng chí có tên sau đây lên sân khấu nhận biểu dương:</source>
        <translation>
            <numerusform>We respectfully invite the %n comrade named below to the stage to be honoured:</numerusform>
            <numerusform>We respectfully invite the %n comrades named below to the stage to be honoured:</numerusform>
        </translation>
    </message>
    <message>
        <source>Trân trọng kính mời %1 lên trao Giấy khen cho các đồng chí.</source>
        <translation>We respectfully invite %1 to present the certificates.</translation>
    </message>
    <message>
        <source>Trân trọng kính mời đồng chí ………………………… lên trao Giấy khen cho các đồng chí.</source>
        <translation>We respectfully invite comrade ………………………… to present the certificates.</translation>
    </message>
    <message>
        <source>Kịch bản điều hành %1</source>
        <translation>Running script %1</translation>
    </message>
    <message>
        <source>Kịch bản điều hành</source>
        <translation>Running script</translation>
    </message>
    <message>
        <source>; dự kiến kết thúc lúc %1</source>
        <translation>; expected to end at %1</translation>
    </message>
    <message>
        <source>Thời gian: %1.</source>
        <translation>Time: %1.</translation>
    </message>
    <message>
        <source>Địa điểm: %1.</source>
        <translation>Venue: %1.</translation>
    </message>
    <message>
        <source>Người được biểu dương: %1 người, lên sân khấu %2 lượt, mỗi lượt không quá %3 người; %4 đồng chí trao thưởng.</source>
        <translation>Honourees: %1, called to the stage in %2 batches of at most %3; %4 presenters.</translation>
    </message>
    <message numerus="yes">
        <source>Tiếp theo chương trình, Ban Tổ chức trân trọng công bố danh sách %n cá nhân được biểu dương tại %1.</source>
        <translation>
            <numerusform>Next, the organisers announce the %n person honoured at the %1.</numerusform>
            <numerusform>Next, the organisers announce the %n people honoured at the %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mở đầu chương trình hội nghị: %1.</source>
        <translation>The conference opens with: %1.</translation>
    </message>
    <message>
        <source>Tiếp theo chương trình: %1.</source>
        <translation>Next on the programme: %1.</translation>
    </message>
    <message>
        <source>Người dẫn chương trình</source>
        <translation>The MC</translation>
    </message>
    <message>
        <source>Các đồng chí trao thưởng</source>
        <translation>The presenters</translation>
    </message>
    <message>
        <source>Trình chiếu (PDF 16:9)</source>
        <translation>Slide deck (16:9 PDF)</translation>
    </message>
    <message>
        <source>Lượt %1/%2 · Khối %3</source>
        <translation>Batch %1/%2 · %3 bloc</translation>
    </message>
    <message>
        <source>Trao thưởng: đồng chí %1</source>
        <translation>Presenting: comrade %1</translation>
    </message>
    <message>
        <source>Trao thưởng: đồng chí %1 — %2</source>
        <translation>Presenting: comrade %1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2/%3</source>
        <translation>%1 · %2/%3</translation>
    </message>
    <message>
        <source>Trình chiếu %1</source>
        <translation>Slides %1</translation>
    </message>
    <message>
        <source>Phụ lục số liệu phong trào</source>
        <translation>Annex of movement figures</translation>
    </message>
    <message>
        <source>Số hồ sơ đề nghị</source>
        <translation>Nominees</translation>
    </message>
    <message>
        <source>Số người được biểu dương</source>
        <translation>Honourees</translation>
    </message>
    <message>
        <source>Phụ lục số liệu %1</source>
        <translation>Annex of figures %1</translation>
    </message>
    <message>
        <source>Phụ lục số liệu</source>
        <translation>Annex of figures</translation>
    </message>
    <message>
        <source>Kết quả phong trào thi đua — %1</source>
        <translation>Results of the emulation movement — %1</translation>
    </message>
    <message>
        <source>Tổng số hồ sơ đề nghị: %1; số người được biểu dương: %2; số hồ sơ có sáng kiến: %3, trong đó được biểu dương: %4.</source>
        <translation>Nominees: %1; honourees: %2; dossiers with an initiative: %3, of them honoured: %4.</translation>
    </message>
    <message>
        <source>1. Theo khối</source>
        <translation>1. By bloc</translation>
    </message>
    <message>
        <source>2. Theo giới tính</source>
        <translation>2. By gender</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>3. Công nhân lao động và cán bộ, viên chức</source>
        <translation>3. Workers and staff</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>4. Theo loại</source>
        <translation>4. By category</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>5. Theo đơn vị</source>
        <translation>5. By unit</translation>
    </message>
</context>
<context>
    <name>vd::gui</name>
    <message>
        <source>Thiếu giá trị sau %1.</source>
        <translation>Missing value after %1.</translation>
    </message>
    <message>
        <source>Tùy chọn không hợp lệ: %1</source>
        <translation>Invalid option: %1</translation>
    </message>
    <message>
        <source>Ngôn ngữ không hỗ trợ: %1</source>
        <translation>Unsupported language: %1</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Mở tệp cơ sở dữ liệu khác…</source>
        <translation>Open another database file…</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu (tệp hỏng được giữ lại)…</source>
        <translation>Restore from a backup (the damaged file is kept)…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Bạn muốn làm gì?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Đã thay bằng bản sao lưu %1. Tệp cũ được giữ ở %2.</source>
        <translation>Replaced by the backup %1. The old file is kept as %2.</translation>
    </message>
    <message>
        <source>Chưa sao lưu được</source>
        <translation>Backup failed</translation>
    </message>
</context>
<context>
    <name>vd::gui::ApprovalCandidateModel</name>
    <message>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Chưa duyệt</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đã xem xét (%1): %2 — %3, %4</source>
        <translation>Reviewed (%1): %2 — %3, %4</translation>
    </message>
    <message>
        <source>Đã duyệt (đã xem xét)</source>
        <translation>Approved (reviewed)</translation>
    </message>
    <message>
        <source>Chưa duyệt (đã xem xét)</source>
        <translation>Not approved (reviewed)</translation>
    </message>
</context>
<context>
    <name>vd::gui::ApprovalView</name>
    <message>
        <source>Đã duyệt %1 / %2</source>
        <translation>Approved %1 / %2</translation>
    </message>
    <message>
        <source>Khối %1: %2 người đủ điều kiện hoặc đã duyệt. Đánh dấu để duyệt hoặc bỏ duyệt.</source>
        <translation>Bloc %1: %2 people eligible or approved. Tick to approve or to take approval back.</translation>
    </message>
    <message>
        <source>Chọn một khối ở bảng trên.</source>
        <translation>Select a bloc in the table above.</translation>
    </message>
    <message>
        <source>Đánh dấu những người chưa duyệt cần duyệt.</source>
        <translation>Tick the people not yet approved who should be approved.</translation>
    </message>
    <message>
        <source>Khối %1: chỉ tiêu %2, đã duyệt %3, còn %4 — không duyệt thêm %5 người được.</source>
        <translation>Bloc %1: quota %2, %3 approved, %4 remaining — cannot approve %5 more.</translation>
    </message>
    <message>
        <source>Duyệt %1 người</source>
        <translation>Approve %1 nominee(s)</translation>
    </message>
    <message>
        <source>Không duyệt được</source>
        <translation>Cannot approve</translation>
    </message>
    <message>
        <source>Không bỏ duyệt được</source>
        <translation>Cannot take approval back</translation>
    </message>
    <message>
        <source>Chọn theo kết quả &amp;Hội đồng</source>
        <translation>Tick the c&amp;ouncil&apos;s proposal</translation>
    </message>
    <message>
        <source>Đánh dấu những người Hội đồng thi đua đề nghị trong chỉ tiêu của khối này (Hội nghị ▸ Hội đồng thi đua); bấm Duyệt người đã chọn để duyệt.</source>
        <translation>Ticks the nominees the emulation council proposes within this bloc&apos;s quota (Conference ▸ Awards council); then press Approve selected to approve them.</translation>
    </message>
    <message>
        <source>Hội đồng chưa kiểm phiếu khối %1 (Hội nghị ▸ Hội đồng thi đua): chưa có gì để chọn.</source>
        <translation>The council has not counted the votes of bloc %1 yet (Conference ▸ Awards council): nothing to tick.</translation>
    </message>
    <message>
        <source>Đã đánh dấu %1 người Hội đồng đề nghị trong chỉ tiêu khối %2; xem lại rồi bấm “Duyệt người đã chọn”.</source>
        <translation>Ticked %1 nominee(s) the council proposes within the quota of bloc %2; check them, then press “Approve selected”.</translation>
    </message>
    <message>
        <source>Bằng phiếu ở vị trí cuối, chưa đánh dấu (Hội đồng quyết định): %1.</source>
        <translation>Tied for the last place, not ticked (the council decides): %1.</translation>
    </message>
</context>
<context>
    <name>vd::gui::BlocTableModel</name>
    <message>
        <source>Khối mới</source>
        <translation>New bloc</translation>
    </message>
    <message>
        <source>Đợt biểu dương cần ít nhất một khối.</source>
        <translation>A campaign needs at least one bloc.</translation>
    </message>
    <message>
        <source>Dòng %1: chưa có mã khối.</source>
        <translation>Row %1: no bloc code.</translation>
    </message>
    <message>
        <source>Dòng %1: chưa có tên khối.</source>
        <translation>Row %1: no bloc name.</translation>
    </message>
    <message>
        <source>Dòng %1: mã khối %2 bị trùng.</source>
        <translation>Row %1: bloc code %2 is duplicated.</translation>
    </message>
    <message>
        <source>Mã khối</source>
        <translation>Bloc code</translation>
    </message>
    <message>
        <source>Tên khối</source>
        <translation>Bloc name</translation>
    </message>
    <message>
        <source>Khu vực</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Quota</translation>
    </message>
</context>
<context>
    <name>vd::gui::BlocTallyModel</name>
    <message>
        <source>Khối %1 có %2 người đủ điều kiện cho %3 chỉ tiêu: cần chọn.</source>
        <translation>Bloc %1 has %2 eligible people for %3 quota places: a choice must be made.</translation>
    </message>
    <message>
        <source>Khối %1: đã duyệt %2 / %3</source>
        <translation>Bloc %1: %2 / %3 approved</translation>
    </message>
    <message>
        <source>Khối</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Đề nghị</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Đủ điều kiện</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Còn lại</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>%1 — vượt %2</source>
        <translation>%1 — %2 over</translation>
    </message>
    <message>
        <source>%1 — đủ chỉ tiêu</source>
        <translation>%1 — quota filled</translation>
    </message>
    <message>
        <source>%1 — còn %2 chỗ</source>
        <translation>%1 — %2 places free</translation>
    </message>
</context>
<context>
    <name>vd::gui::BudgetView</name>
    <message>
        <source>&amp;Mức thưởng mỗi người:</source>
        <translation>&amp;Reward per person:</translation>
    </message>
    <message>
        <source> đồng</source>
        <translation> đồng</translation>
    </message>
    <message>
        <source>Các khoản chi</source>
        <translation>Cost lines</translation>
    </message>
    <message>
        <source>Khoản chi</source>
        <translation>Cost line</translation>
    </message>
    <message>
        <source>Nội &amp;dung:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Đơn vị tính:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Số lượng:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>Đơn giá:</source>
        <translation>Unit price:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Thêm &amp;khoản chi</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>&amp;Lưu khoản chi</source>
        <translation>Save &amp;line</translation>
    </message>
    <message>
        <source>&amp;Bỏ khoản chi</source>
        <translation>&amp;Delete line</translation>
    </message>
    <message>
        <source>Các khoản chi được lưu ngay khi bấm Thêm, Lưu hoặc Bỏ (không hoàn tác bằng Ctrl+Z). Mức thưởng ở đây chỉ dùng cho dự toán; mức mặc định đặt ở Công cụ ▸ Cài đặt đợt biểu dương.</source>
        <translation>Cost lines are stored as soon as you press Add, Save or Delete (Ctrl+Z does not undo them). The reward here is for the estimate only; the default is set in Tools ▸ Campaign settings.</translation>
    </message>
    <message>
        <source>× %1 người được biểu dương = %2 đồng</source>
        <translation>× %1 honorees = %2 đồng</translation>
    </message>
    <message>
        <source>Tiền thưởng %1 đồng + các khoản chi %2 đồng = Tổng cộng %3 đồng</source>
        <translation>Rewards %1 đồng + cost lines %2 đồng = Total %3 đồng</translation>
    </message>
    <message>
        <source>Bằng chữ: %1</source>
        <translation>In words: %1</translation>
    </message>
    <message>
        <source>Thêm khoản chi ở ô bên trên vào cuối dự toán</source>
        <translation>Add the cost line in the boxes above at the end of the estimate</translation>
    </message>
    <message>
        <source>Lưu khoản chi đang chọn với các giá trị ở ô bên trên</source>
        <translation>Save the selected cost line with the values in the boxes above</translation>
    </message>
    <message>
        <source>Không thêm được khoản chi</source>
        <translation>Could not add the cost line</translation>
    </message>
    <message>
        <source>Không lưu được khoản chi</source>
        <translation>Could not save the cost line</translation>
    </message>
    <message>
        <source>Bỏ khoản chi</source>
        <translation>Delete the cost line</translation>
    </message>
    <message>
        <source>Bỏ khoản chi “%1” khỏi dự toán? Không hoàn tác được bằng Ctrl+Z.</source>
        <translation>Delete the cost line “%1” from the estimate? Ctrl+Z cannot undo this.</translation>
    </message>
    <message>
        <source>Không bỏ</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Không bỏ được khoản chi</source>
        <translation>Could not delete the cost line</translation>
    </message>
</context>
<context>
    <name>vd::gui::CampaignSettingsDialog</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên hồ sơ</source>
        <translation>Document name</translation>
    </message>
    <message>
        <source>Bắt buộc</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Thẩm quyền ký (TM., KT.)</source>
        <translation>Signing authority (TM., KT.)</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Tổng chỉ tiêu: %1</source>
        <translation>Total quota: %1</translation>
    </message>
    <message>
        <source>Chưa có tên đợt biểu dương.</source>
        <translation>The campaign has no name yet.</translation>
    </message>
    <message>
        <source>Khối và chỉ tiêu: %1</source>
        <translation>Blocs and quotas: %1</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ: mỗi loại cần cả mã và tên.</source>
        <translation>Dossier documents: each type needs both a code and a name.</translation>
    </message>
    <message>
        <source>Chương trình hội nghị chưa có nội dung nào.</source>
        <translation>The conference programme has no items yet.</translation>
    </message>
    <message>
        <source>Chưa lưu được thiết lập:</source>
        <translation>Settings not saved:</translation>
    </message>
    <message>
        <source>Thiết lập đợt biểu dương</source>
        <translation>Campaign settings</translation>
    </message>
    <message>
        <source>Quy tắc xét</source>
        <translation>Rules</translation>
    </message>
</context>
<context>
    <name>vd::gui::CertificateLayoutDialog</name>
    <message>
        <source>Căn chỉnh vị trí in giấy khen</source>
        <translation>Calibrate certificate of merit print positions</translation>
    </message>
    <message>
        <source>Vị trí mỗi dòng chữ tính bằng milimét từ góc trên bên trái của tờ giấy khen in sẵn (X: mép trái, giữa hoặc mép phải của dòng tùy cách căn; Y: chân dòng chữ đầu). In &quot;Trang in thử&quot; lên một tờ giấy trắng, đặt chồng lên giấy khen và đọc tọa độ trên lưới.</source>
        <translation>Position of each line of text in millimetres from the top-left corner of the pre-printed certificate of merit (X: left edge, centre or right edge of the line depending on the alignment; Y: baseline of the first line). Print the &quot;Test page&quot; on a blank sheet of paper, lay it over the certificate of merit and read the coordinates off the grid.</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Phông chữ</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>Cỡ chữ</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>Đậm</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Nghiêng</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Trang in thử…</source>
        <translation>&amp;Test page…</translation>
    </message>
    <message>
        <source>&amp;Mặc định</source>
        <translation>&amp;Defaults</translation>
    </message>
    <message>
        <source>Không đọc được vị trí đã lưu (%1); đang hiện vị trí mặc định.</source>
        <translation>Cannot read the saved positions (%1); showing the default positions.</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Không lưu được vị trí in</source>
        <translation>Cannot save the print positions</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Vị trí và kiểu chữ của từng dòng trên giấy khen</source>
        <translation>Position and type style of each line on the certificate</translation>
    </message>
    <message>
        <source>X (mm)</source>
        <translation>X (mm)</translation>
    </message>
    <message>
        <source>Y (mm)</source>
        <translation>Y (mm)</translation>
    </message>
</context>
<context>
    <name>vd::gui::ConferenceView</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Căn cứ:&lt;/b&gt; Kế hoạch số %1 ngày %2 của %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Basis:&lt;/b&gt; Plan No. %1 dated %2 of %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Thời gian:&lt;/b&gt; %1, ngày %2&lt;br&gt;&lt;b&gt;Địa điểm:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Time:&lt;/b&gt; %1, %2&lt;br&gt;&lt;b&gt;Venue:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Thành phần&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Participants&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nội dung chương trình&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Programme&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Sửa các thông tin này ở Công cụ ▸ Cài đặt đợt biểu dương.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Edit this information in Tools ▸ Campaign settings.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Thông tin hội nghị</source>
        <translation>Conference details</translation>
    </message>
    <message>
        <source>Đón tiếp đại biểu</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Màn hình %1: %2 (%3×%4)</source>
        <translation>Screen %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>Trình chiếu</source>
        <translation>Presenter view</translation>
    </message>
    <message>
        <source>Màn &amp;hình hội trường:</source>
        <translation>Hall &amp;screen:</translation>
    </message>
    <message>
        <source>T&amp;rình chiếu danh sách biểu dương</source>
        <translation>&amp;Present the honours list</translation>
    </message>
    <message>
        <source>Toàn màn hình: Space hoặc → sang trang, ← lùi lại, B làm tối màn hình, Esc thoát</source>
        <translation>Full screen: Space or → forward, ← back, B blacks the screen out, Esc leaves</translation>
    </message>
    <message>
        <source>Tổng hợp</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Hội đồng thi đua</source>
        <translation>Awards council</translation>
    </message>
    <message>
        <source>Dự toán kinh phí</source>
        <translation>Budget estimate</translation>
    </message>
</context>
<context>
    <name>vd::gui::ConnectServerDialog</name>
    <message>
        <source>Nhập địa chỉ máy chủ dạng postgresql://người-dùng@máy-chủ:cổng/tên-cơ-sở-dữ-liệu.</source>
        <translation>Enter the server address as postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Địa chỉ phải có dạng postgresql://người-dùng@máy-chủ:cổng/tên-cơ-sở-dữ-liệu.</source>
        <translation>The address must have the form postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Không ghi mật khẩu trong địa chỉ: hãy nhập vào ô Mật khẩu.</source>
        <translation>Do not put the password in the address: enter it in the Password box.</translation>
    </message>
    <message>
        <source>Kết nối máy chủ</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>&amp;Địa chỉ máy chủ:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Mật khẩu chỉ được giữ trong bộ nhớ cho lần kết nối này, không được lưu lại. Để trống nếu đã có tệp ~/.pgpass.</source>
        <translation>The password is kept in memory for this connection only and is not saved. Leave it empty if you already have a ~/.pgpass file.</translation>
    </message>
    <message>
        <source>&amp;Kết nối</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>vd::gui::CostLineModel</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Đơn giá (đồng)</source>
        <translation>Unit price (đồng)</translation>
    </message>
    <message>
        <source>Thành tiền (đồng)</source>
        <translation>Amount (đồng)</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>vd::gui::CouncilMemberModel</name>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>vd::gui::CouncilTallyModel</name>
    <message>
        <source>Chưa kiểm phiếu</source>
        <translation>Not counted yet</translation>
    </message>
    <message>
        <source>Bằng phiếu ở vị trí cuối — Hội đồng quyết định</source>
        <translation>Tied for the last place — the council decides</translation>
    </message>
    <message>
        <source>Đề nghị (trong chỉ tiêu)</source>
        <translation>Proposed (within the quota)</translation>
    </message>
    <message>
        <source>Đạt, ngoài chỉ tiêu</source>
        <translation>Passed, beyond the quota</translation>
    </message>
    <message>
        <source>Không đạt đa số</source>
        <translation>No majority</translation>
    </message>
    <message>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Không đồng ý</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>Không ý kiến</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>Không bầu (cùng đơn vị)</source>
        <translation>Recused (same unit)</translation>
    </message>
    <message>
        <source>Số được bầu</source>
        <translation>Voters</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Bằng phiếu ở vị trí cuối — Hội đồng quyết định (gợi ý theo ưu tiên: thứ %1)</source>
        <translation>Tied for the last place — the council decides (suggested by priority: place %1)</translation>
    </message>
</context>
<context>
    <name>vd::gui::CouncilView</name>
    <message>
        <source>Thành viên Hội đồng Thi đua - Khen thưởng</source>
        <translation>Members of the Emulation and Awards Council</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Thành viên không bầu cho người cùng đơn vị</source>
        <translation>A member does not vote on nominees of the same unit</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Có &amp;mặt tại phiên họp</source>
        <translation>P&amp;resent at the meeting</translation>
    </message>
    <message>
        <source>Thêm thành &amp;viên</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>&amp;Lưu thành viên</source>
        <translation>Save mem&amp;ber</translation>
    </message>
    <message>
        <source>Xóa thành viê&amp;n</source>
        <translation>&amp;Delete member</translation>
    </message>
    <message>
        <source>Thành viên Hội đồng</source>
        <translation>Council members</translation>
    </message>
    <message>
        <source>Kiểm phiếu theo khối</source>
        <translation>Vote count by bloc</translation>
    </message>
    <message>
        <source>Khối:</source>
        <translation>Bloc:</translation>
    </message>
    <message>
        <source>Kết quả bầu của khối</source>
        <translation>The bloc&apos;s vote result</translation>
    </message>
    <message>
        <source>Đồng ý:</source>
        <translation>Agree:</translation>
    </message>
    <message>
        <source>Không đồng ý:</source>
        <translation>Disagree:</translation>
    </message>
    <message>
        <source>Không ý kiến:</source>
        <translation>Abstain:</translation>
    </message>
    <message>
        <source>Ghi &amp;phiếu</source>
        <translation>Rec&amp;ord votes</translation>
    </message>
    <message>
        <source>Xóa &amp;kết quả</source>
        <translation>C&amp;lear votes</translation>
    </message>
    <message>
        <source>%1/%2 thành viên có mặt. Người được bầu đạt khi số phiếu đồng ý %3 (không tính thành viên cùng đơn vị với người được bầu).</source>
        <translation>%1/%2 members present. A nominee passes with agree votes %3 (members of the nominee&apos;s unit not counted).</translation>
    </message>
    <message>
        <source>Chưa có ai trên phiếu bầu: chỉ người đủ điều kiện mới được bầu.</source>
        <translation>Nobody is on the ballot yet: only eligible nominees are voted on.</translation>
    </message>
    <message>
        <source>Chỉ tiêu khối %1: %2, đã duyệt trước %3, còn %4 chỗ.</source>
        <translation>Quota of %1: %2, approved before %3, %4 places left.</translation>
    </message>
    <message>
        <source>Chưa có ai được đề nghị.</source>
        <translation>Nobody is proposed yet.</translation>
    </message>
    <message>
        <source>Đề nghị (trong chỉ tiêu): %1.</source>
        <translation>Proposed (within the quota): %1.</translation>
    </message>
    <message>
        <source>Bằng phiếu ở vị trí cuối của chỉ tiêu: %1 (cùng %2 phiếu đồng ý). Chương trình không tự chọn: Hội đồng quyết định.</source>
        <translation>Tied for the last place of the quota: %1 (%2 agree votes each). The program does not choose: the council decides.</translation>
    </message>
    <message>
        <source>Thêm thành viên Hội đồng trước khi nhập phiếu.</source>
        <translation>Add the council&apos;s members before entering votes.</translation>
    </message>
    <message>
        <source>Ghi số phiếu của %1</source>
        <translation>Record the votes for %1</translation>
    </message>
    <message>
        <source>Chọn một người trong bảng.</source>
        <translation>Choose a nominee in the table.</translation>
    </message>
    <message>
        <source>Không thêm được thành viên</source>
        <translation>Could not add the member</translation>
    </message>
    <message>
        <source>Không lưu được thành viên</source>
        <translation>Could not save the member</translation>
    </message>
    <message>
        <source>Xóa thành viên Hội đồng</source>
        <translation>Delete a council member</translation>
    </message>
    <message>
        <source>Xóa %1 khỏi Hội đồng? Không hoàn tác được bằng Ctrl+Z.</source>
        <translation>Delete %1 from the council? Ctrl+Z cannot undo this.</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Không xóa được thành viên</source>
        <translation>Could not delete the member</translation>
    </message>
    <message>
        <source>Không ghi được phiếu</source>
        <translation>Could not record the votes</translation>
    </message>
    <message>
        <source>Không xóa được kết quả</source>
        <translation>Could not clear the votes</translation>
    </message>
    <message>
        <source>Lưu các ô bên cạnh vào thành viên đang chọn: %1</source>
        <translation>Save the boxes beside into the selected member: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Gợi ý theo thứ tự ưu tiên của đợt (trước hết: %1), cho %2 chỗ còn lại: %3. Chỉ để Hội đồng tham khảo, không được áp dụng.</source>
        <translation>Suggested by the campaign&apos;s priorities (first: %1), for the %2 place(s) left: %3. For the council&apos;s reference only; not applied.</translation>
    </message>
    <message>
        <source>, rồi </source>
        <translation>, then </translation>
    </message>
    <message>
        <source>Thành viên, thiết lập phiên họp và kết quả kiểm phiếu được lưu ngay khi bấm nút (không hoàn tác bằng Ctrl+Z). Duyệt người được đề nghị ở trang Xét duyệt.</source>
        <translation>Members, meeting settings and vote counts are stored as soon as you press a button (Ctrl+Z does not undo them). Approve the proposed nominees on the Approval page.</translation>
    </message>
    <message>
        <source>Chọn một thành viên trong bảng để sửa.</source>
        <translation>Select a member in the table to edit them.</translation>
    </message>
    <message>
        <source>Chưa chọn thành viên nào.</source>
        <translation>No member selected.</translation>
    </message>
    <message>
        <source>“Thêm thành viên” thêm một người mới từ các ô; chọn một thành viên trong bảng để sửa.</source>
        <translation>“Add member” adds a new member from the fields; select a member in the table to edit them.</translation>
    </message>
    <message>
        <source>Chưa sửa gì ở thành viên %1.</source>
        <translation>Nothing edited for %1 yet.</translation>
    </message>
    <message>
        <source>Đang xem: %1</source>
        <translation>Showing: %1</translation>
    </message>
    <message>
        <source>Đã sửa, chưa lưu: %1</source>
        <translation>Edited, not saved: %1</translation>
    </message>
</context>
<context>
    <name>vd::gui::DatabaseController</name>
    <message>
        <source>VinhDanh</source>
        <translation>VinhDanh</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu VinhDanh mới</source>
        <translation>Create new VinhDanh database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu VinhDanh (*.sqlite)</source>
        <translation>VinhDanh database (*.sqlite)</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu mới</source>
        <translation>Create new database</translation>
    </message>
    <message>
        <source>Đã có tệp %1. Hãy chọn tên khác; tệp cũ không bị ghi đè.</source>
        <translation>File %1 already exists. Choose another name; the existing file is not overwritten.</translation>
    </message>
    <message>
        <source>%1-sao-luu-%2.sqlite</source>
        <translation>%1-sao-luu-%2.sqlite</translation>
    </message>
    <message>
        <source>Sao lưu cơ sở dữ liệu</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>Không sao lưu được</source>
        <translation>Cannot back up</translation>
    </message>
    <message>
        <source>Đã sao lưu vào %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu VinhDanh</source>
        <translation>Open a VinhDanh database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu VinhDanh (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation>VinhDanh databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu VinhDanh (*.sqlite *.bak);;Mọi tệp (*)</source>
        <translation>VinhDanh databases (*.sqlite *.bak);;All files (*)</translation>
    </message>
    <message>
        <source>Thay toàn bộ dữ liệu đang mở bằng bản sao lưu %1?

Dữ liệu hiện tại được giữ lại thành một tệp riêng bên cạnh cơ sở dữ liệu; không thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Replace all the open data with the backup %1?

The current data is kept in a separate file next to the database; this cannot be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Đã khôi phục từ %1; dữ liệu trước đó giữ ở %2</source>
        <translation>Restored from %1; the earlier data is kept in %2</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportFieldDelegate</name>
    <message>
        <source>Trường nhập cho cột “%1”</source>
        <translation>Field for column “%1”</translation>
    </message>
    <message>
        <source>Cột %1 của tệp, “%2”: chọn trường được đọc vào, hoặc “(bỏ qua)”.</source>
        <translation>Column %1 of the file, “%2”: choose the field it is read into, or “(skip)”.</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportFilePage</name>
    <message>
        <source>Chọn tệp danh sách trích ngang</source>
        <translation>Choose the nominee summary list file</translation>
    </message>
    <message>
        <source>Tệp CSV hoặc Excel (.xlsx) của đơn vị, dòng đầu là tiêu đề cột theo mẫu. Chưa có mẫu? Bấm “Lưu tệp mẫu…” rồi gửi cho đơn vị.</source>
        <translation>The unit&apos;s CSV or Excel (.xlsx) file, with the template&apos;s column headers in the first row. No template yet? Click “Save template…” and send it to the units.</translation>
    </message>
    <message>
        <source>Tệ&amp;p:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Đường dẫn tệp cần nhập</source>
        <translation>Path of the file to import</translation>
    </message>
    <message>
        <source>&amp;Chọn tệp…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
    <message>
        <source>&amp;Lưu tệp mẫu…</source>
        <translation>&amp;Save template…</translation>
    </message>
    <message>
        <source>Chọn danh sách trích ngang</source>
        <translation>Choose nominee summary list</translation>
    </message>
    <message>
        <source>Danh sách trích ngang (*.xlsx *.csv *.txt);;Excel (*.xlsx);;CSV (*.csv *.txt);;Mọi tệp (*)</source>
        <translation>Nominee summary list (*.xlsx *.csv *.txt);;Excel (*.xlsx);;CSV (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportMappingModel</name>
    <message>
        <source>(bỏ qua)</source>
        <translation>(skip)</translation>
    </message>
    <message>
        <source>%1 (bắt buộc)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>(cột %1 không có tiêu đề)</source>
        <translation>(column %1 has no header)</translation>
    </message>
    <message>
        <source>Chọn trường mà cột “%1” được đọc vào, hoặc “(bỏ qua)”.</source>
        <translation>Choose the field that column “%1” is read into, or “(skip)”.</translation>
    </message>
    <message>
        <source>Cột trong tệp</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <source>Giá trị dòng đầu</source>
        <translation>First-row value</translation>
    </message>
    <message>
        <source>Nhập vào trường</source>
        <translation>Import into field</translation>
    </message>
    <message>
        <source>Cột “%1” nhập vào trường: %2</source>
        <translation>Column “%1” is read into: %2</translation>
    </message>
    <message>
        <source>Chức vụ + Đơn vị (một ô)</source>
        <translation>Position + Unit (one cell)</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportMappingPage</name>
    <message>
        <source>Đối chiếu cột</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Mỗi cột của tệp được đọc vào một trường; cột đã được nhận ra tự động. Đổi bằng hộp chọn ở cột “Nhập vào trường”, hoặc chọn “(bỏ qua)”.</source>
        <translation>Each column of the file is read into one field; the columns have been recognised automatically. Change this with the drop-down list in the “Import into field” column, or choose “(skip)”.</translation>
    </message>
    <message>
        <source>&amp;Xem trước các dòng đầu:</source>
        <translation>&amp;Preview of the first rows:</translation>
    </message>
    <message>
        <source>Xem trước các dòng đầu</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>Tệp %1, %2 dòng dữ liệu; xem trước %3 dòng đầu.</source>
        <translation>File %1, %2 data rows; previewing the first %3 rows.</translation>
    </message>
    <message>
        <source>Chưa có cột cho trường bắt buộc: %1. Hãy chọn cột tương ứng trong bảng trên.</source>
        <translation>No column yet for required field: %1. Choose the matching column in the table above.</translation>
    </message>
    <message>
        <source>Tác&amp;h ô “Chức vụ, đơn vị”: chức vụ trước dấu phẩy đầu tiên, đơn vị sau</source>
        <translation>&amp;Split the “Chức vụ, đơn vị” cell: the position before the first comma, the unit after it</translation>
    </message>
    <message>
        <source>Tách ô “Chức vụ, đơn vị” thành chức vụ và đơn vị</source>
        <translation>Split the “Chức vụ, đơn vị” cell into position and unit</translation>
    </message>
    <message>
        <source>Chức vụ là phần trước dấu phẩy đầu tiên (ô không có dấu phẩy: trước “ - ”), đơn vị là phần sau; ô không có dấu phân cách là lỗi của dòng đó.</source>
        <translation>The position is the text before the first comma (in a cell without a comma: before “ - ”), the unit the text after it; a cell without a separator is an error of its row.</translation>
    </message>
    <message>
        <source>Dòng %1: “%2” → chức vụ “%3”, đơn vị “%4”</source>
        <translation>Row %1: “%2” → position “%3”, unit “%4”</translation>
    </message>
    <message>
        <source>Dòng %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Xem trước khi tách:</source>
        <translation>Preview of the split:</translation>
    </message>
    <message>
        <source>Cột “%1” ghi chức vụ và đơn vị trong một ô: chương trình không tự tách. Đánh dấu “Tách ô” bên dưới để tách, hoặc chọn một trường khác cho cột đó.</source>
        <translation>Column “%1” holds position and unit in one cell: the program does not split it on its own. Tick “Split the cell” below to split it, or choose another field for that column.</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportPreviewModel</name>
    <message>
        <source>(bỏ qua)</source>
        <translation>(skip)</translation>
    </message>
    <message>
        <source>Cột “%1” của tệp → %2</source>
        <translation>File column “%1” → %2</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportProblemModel</name>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Mức</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Vấn đề</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportReportPage</name>
    <message>
        <source>Kết quả kiểm tra</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>Mọi vấn đề theo dòng (số dòng như Excel hiển thị) và cột. Lỗi làm dòng không nhập được; cảnh báo thì vẫn nhập.</source>
        <translation>All problems by row (row numbers as Excel shows them) and column. Errors stop a row from being imported; rows with warnings are still imported.</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Các vấn đề</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Dòng %1, cột “%2”: %3</source>
        <translation>Row %1, column “%2”: %3</translation>
    </message>
    <message>
        <source>Nhập &amp;tất cả hoặc không nhập gì (chỉ khi mọi dòng hợp lệ)</source>
        <translation>Import &amp;all or nothing (only if every row is valid)</translation>
    </message>
    <message>
        <source>Chỉ nhập các &amp;dòng hợp lệ (bỏ qua các dòng có lỗi)</source>
        <translation>Import only &amp;valid rows (skip rows with errors)</translation>
    </message>
    <message>
        <source>%1 dòng dữ liệu: &lt;b&gt;%2 hợp lệ&lt;/b&gt;, &lt;b&gt;%3 có lỗi&lt;/b&gt;; %4 lỗi và %5 cảnh báo.</source>
        <translation>%1 data rows: &lt;b&gt;%2 valid&lt;/b&gt;, &lt;b&gt;%3 with errors&lt;/b&gt;; %4 errors and %5 warnings.</translation>
    </message>
    <message>
        <source>Thiếu cột bắt buộc: không nhập được. Quay lại bước đối chiếu cột.</source>
        <translation>A required column is missing: cannot import. Go back to the column mapping step.</translation>
    </message>
    <message>
        <source>Tệp không có dòng dữ liệu nào.</source>
        <translation>The file has no data rows.</translation>
    </message>
    <message>
        <source>Không có dòng nào hợp lệ: không có gì để nhập.</source>
        <translation>No valid rows: nothing to import.</translation>
    </message>
    <message>
        <source>Dòng tiêu đề có lỗi: %1</source>
        <translation>The header row has errors: %1</translation>
    </message>
    <message>
        <source>%1 dòng có lỗi: với “tất cả hoặc không”, không nhập được. Hãy sửa tệp rồi nhập lại, hoặc chọn “Chỉ nhập các dòng hợp lệ”.</source>
        <translation>%1 rows have errors: with “all or nothing”, nothing can be imported. Fix the file and import again, or choose “Import only valid rows”.</translation>
    </message>
    <message>
        <source>Sẽ nhập %1 dòng hợp lệ và bỏ qua %2 dòng có lỗi.</source>
        <translation>%1 valid rows will be imported and %2 rows with errors skipped.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Đã tách %1 ô “%2”, ví dụ dòng %3: chức vụ “%4”, đơn vị “%5”.</source>
        <translation>%1 “%2” cells split, e.g. row %3: position “%4”, unit “%5”.</translation>
    </message>
    <message>
        <source>Cột “%1” chưa được chọn tách: quay lại bước đối chiếu cột.</source>
        <translation>Column “%1” has not been chosen to be split: go back to the column mapping step.</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportRunPage</name>
    <message>
        <source>Nhập hồ sơ</source>
        <translation>Import dossiers</translation>
    </message>
    <message>
        <source>Tiến độ nhập</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>&amp;Dừng nhập</source>
        <translation>&amp;Stop import</translation>
    </message>
    <message>
        <source>Dừng và hoàn tác: không hồ sơ nào được nhập.</source>
        <translation>Stop and undo: no dossiers will be imported.</translation>
    </message>
    <message>
        <source>Đang dừng và hoàn tác…</source>
        <translation>Stopping and undoing…</translation>
    </message>
    <message>
        <source>Đang nhập %1 dòng hợp lệ từ %2…</source>
        <translation>Importing %1 valid rows from %2…</translation>
    </message>
    <message>
        <source>Đang nhập %1 dòng từ %2…</source>
        <translation>Importing %1 rows from %2…</translation>
    </message>
    <message>
        <source>Đã nhập xong.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>Đã nhập %1 hồ sơ.</source>
        <translation>Imported %1 dossiers.</translation>
    </message>
    <message>
        <source>Bỏ qua %1 dòng có lỗi.</source>
        <translation>Skipped %1 rows with errors.</translation>
    </message>
    <message>
        <source>%1 cảnh báo (xem lại ở bước trước nếu cần).</source>
        <translation>%1 warnings (review them in the previous step if needed).</translation>
    </message>
    <message>
        <source>Tạo mới %1 đơn vị.</source>
        <translation>Created %1 new units.</translation>
    </message>
    <message>
        <source>Đã dừng nhập.</source>
        <translation>Import stopped.</translation>
    </message>
    <message>
        <source>Không nhập được.</source>
        <translation>Import failed.</translation>
    </message>
    <message>
        <source>Đã dừng: không có hồ sơ nào được nhập (mọi thay đổi đã được hoàn tác).</source>
        <translation>Stopped: no dossiers were imported (all changes have been undone).</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportWizard</name>
    <message>
        <source>Lưu tệp mẫu danh sách trích ngang</source>
        <translation>Save nominee summary list template</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Không lưu được tệp mẫu</source>
        <translation>Cannot save the template</translation>
    </message>
    <message>
        <source>Nhập danh sách trích ngang</source>
        <translation>Import nominee summary list</translation>
    </message>
    <message>
        <source>&lt; &amp;Quay lại</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Tiếp &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Xong</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>vd::gui::MainWindow</name>
    <message>
        <source>VinhDanh</source>
        <translation>VinhDanh</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — hạn nhận hồ sơ: %2 %3 — tổng chỉ tiêu: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — submission deadline: %2 %3 — total quota: %4</translation>
    </message>
    <message>
        <source>đến hết ngày</source>
        <translation>until the end of</translation>
    </message>
    <message>
        <source>trước ngày</source>
        <translation>before</translation>
    </message>
    <message>
        <source>VinhDanh — %1</source>
        <translation>VinhDanh — %1</translation>
    </message>
    <message>
        <source>%1 người được đề nghị — %2</source>
        <translation>%1 nominees — %2</translation>
    </message>
    <message>
        <source>Hồ sơ đề nghị</source>
        <translation>Nominees</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Xét duyệt</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Xuất &amp; in</source>
        <translation>Export &amp; print</translation>
    </message>
    <message>
        <source>Đang tải và xét hồ sơ…</source>
        <translation>Loading and reviewing dossiers…</translation>
    </message>
    <message>
        <source>Không tải được dữ liệu</source>
        <translation>Cannot load the data</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Đã lưu tệp mẫu %1</source>
        <translation>Template saved: %1</translation>
    </message>
    <message>
        <source>Không tải lại được</source>
        <translation>Cannot reload</translation>
    </message>
    <message>
        <source>Đã lưu tùy chọn.</source>
        <translation>Options saved.</translation>
    </message>
    <message>
        <source>Đã lưu hồ sơ.</source>
        <translation>Dossier saved.</translation>
    </message>
    <message>
        <source>Không mở được hồ sơ</source>
        <translation>Cannot open the dossier</translation>
    </message>
    <message>
        <source>Xóa hồ sơ của %1? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Delete the dossier of %1? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Xóa %1 hồ sơ (%2)? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Delete %1 dossiers (%2)? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Xóa hồ sơ</source>
        <translation>Delete dossier</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Đã xóa %1 hồ sơ (Ctrl+Z để hoàn tác).</source>
        <translation>Deleted %1 dossiers (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <source>Đã nhập %1 hồ sơ.</source>
        <translation>Imported %1 dossiers.</translation>
    </message>
    <message>
        <source>Hoàn tá&amp;c</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Tạo đợt &amp;mới từ đợt này…</source>
        <translation>&amp;New campaign from this one…</translation>
    </message>
    <message>
        <source>&amp;Qua các năm…</source>
        <translation>Over the &amp;years…</translation>
    </message>
    <message>
        <source>Đã tạo đợt mới “%1”; đợt cũ đã khóa (chỉ xem).</source>
        <translation>Created the new campaign “%1”; the old one is closed (read-only).</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Don&apos;t delete</translation>
    </message>
    <message>
        <source>Hoàn tá&amp;c (không có: vừa nhập từ tệp)</source>
        <translation>&amp;Undo (nothing: a file was just imported)</translation>
    </message>
    <message>
        <source>Đã nhập %1 hồ sơ. Không hoàn tác được việc nhập bằng Ctrl+Z: lịch sử hoàn tác đã được xóa, các hồ sơ đã có vẫn giữ nguyên. Bỏ hồ sơ vừa nhập: chọn rồi Xóa.</source>
        <translation>Imported %1 dossiers. An import cannot be undone with Ctrl+Z: the undo history was cleared; the dossiers already there are unchanged. To take the imported ones out, select them and delete.</translation>
    </message>
    <message>
        <source>Người có thể t&amp;rùng…</source>
        <translation>&amp;Possible duplicate people…</translation>
    </message>
    <message>
        <source>Tìm tr&amp;ong mọi đợt…</source>
        <translation>Search &amp;all campaigns…</translation>
    </message>
</context>
<context>
    <name>vd::gui::NomineeEditor</name>
    <message>
        <source>Thêm tệp scan hồ sơ</source>
        <translation>Add scanned dossier file</translation>
    </message>
    <message>
        <source>Tệp scan (*.pdf *.jpg *.jpeg *.png);;Mọi tệp (*)</source>
        <translation>Scanned files (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>%1 (bắt buộc)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Hồ sơ mới</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>Hồ sơ: %1</source>
        <translation>Dossier: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>Citizen ID (CCCD)</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Ngày nhận hồ sơ</source>
        <translation>Date dossier received</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Lưu hồ sơ (Ctrl+S)</source>
        <translation>Save dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Chưa lưu được:
%1</source>
        <translation>Not saved:
%1</translation>
    </message>
    <message>
        <source>Chưa lưu được: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Đáp ứng mọi tiêu chuẩn của Kế hoạch.</source>
        <translation>Meets every criterion of the Plan.</translation>
    </message>
    <message>
        <source>%1 — %2%3%4</source>
        <translation>%1 — %2%3%4</translation>
    </message>
    <message>
        <source>, khối %1</source>
        <translation>, bloc %1</translation>
    </message>
    <message>
        <source>, sinh %1</source>
        <translation>, born %1</translation>
    </message>
    <message>
        <source>Trùng số CCCD với: %1</source>
        <translation>Same citizen ID (CCCD) number as: %1</translation>
    </message>
    <message>
        <source>Trùng họ tên với: %1</source>
        <translation>Same full name as: %1</translation>
    </message>
    <message>
        <source>Có thể trùng hồ sơ:
%1</source>
        <translation>Possible duplicate dossier:
%1</translation>
    </message>
    <message>
        <source>Không lưu được hồ sơ</source>
        <translation>Cannot save the dossier</translation>
    </message>
    <message>
        <source>Bỏ thay đổi?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Hồ sơ có thay đổi chưa lưu. Bỏ các thay đổi này?</source>
        <translation>The dossier has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>Tệp %1 quá giới hạn %2 MB.</source>
        <translation>File %1 is over the %2 MB limit.</translation>
    </message>
    <message>
        <source>Không đọc được tệp %1: %2</source>
        <translation>Cannot read file %1: %2</translation>
    </message>
    <message>
        <source>Không thêm được tệp</source>
        <translation>Cannot add the file</translation>
    </message>
    <message>
        <source>%1 (lưu cùng hồ sơ)</source>
        <translation>%1 (saved with the dossier)</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Gỡ tệp đính kèm</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Gỡ tệp %1 khỏi hồ sơ? Tệp bị xóa khỏi cơ sở dữ liệu ngay, không chờ nút Lưu và không hoàn tác được.</source>
        <translation>Remove file %1 from the dossier? It is deleted from the database at once, without waiting for Save, and cannot be undone.</translation>
    </message>
    <message>
        <source>Bỏ tệp %1 khỏi danh sách lưu cùng hồ sơ?</source>
        <translation>Take file %1 off the list to be saved with the dossier?</translation>
    </message>
    <message>
        <source>Gỡ tệp</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>Không gỡ</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Đã lưu ngay %1 vào hồ sơ: tệp đính kèm không chờ nút Lưu, Hủy không bỏ tệp này và Ctrl+Z không hoàn tác; muốn bỏ thì chọn tệp rồi Gỡ.</source>
        <translation>%1 saved to the dossier at once: attachments do not wait for Save, Cancel does not take them back and Ctrl+Z does not undo them; to take one off, select it and Remove.</translation>
    </message>
    <message>
        <source>Không gỡ được tệp</source>
        <translation>Cannot remove the file</translation>
    </message>
    <message>
        <source>Khối</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>%1 (đã xem xét)</source>
        <translation>%1 (reviewed)</translation>
    </message>
    <message>
        <source>Bỏ duyệt người này và lưu thay đổi? Chọn Không để sửa lại.</source>
        <translation>Withdraw this approval and save the change? Choose No to edit it further.</translation>
    </message>
    <message>
        <source>Hồ sơ đã duyệt</source>
        <translation>Approved dossier</translation>
    </message>
    <message>
        <source>Đang bị kỷ luật / đang xem xét kỷ luật</source>
        <translation>Under discipline / being considered for discipline</translation>
    </message>
    <message>
        <source>Danh hiệu thi đua</source>
        <translation>Emulation title</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Tiếp tục sửa</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>vd::gui::NomineeListView</name>
    <message>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Chưa duyệt</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Mọi kết quả</source>
        <translation>All results</translation>
    </message>
    <message>
        <source>Mọi khối</source>
        <translation>All blocs</translation>
    </message>
    <message>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Hiển thị %1 / %2</source>
        <translation>Showing %1 / %2</translation>
    </message>
    <message>
        <source>Chưa có hồ sơ đề nghị nào. Thêm từng hồ sơ, nhập danh sách trích ngang (tệp Excel hoặc CSV) của đơn vị, hoặc lưu tệp mẫu để gửi cho các đơn vị điền.</source>
        <translation>No nominee dossiers yet. Add them one by one, import a unit&apos;s summary list (an Excel or CSV file), or save the template to send to the units to fill in.</translation>
    </message>
    <message>
        <source>Đang tải hồ sơ đề nghị của đợt…</source>
        <translation>Loading the campaign&apos;s nominee dossiers…</translation>
    </message>
    <message>
        <source>Thêm hồ sơ…</source>
        <translation>Add dossier…</translation>
    </message>
    <message>
        <source>Nhập từ tệp của đơn vị…</source>
        <translation>Import from a unit&apos;s file…</translation>
    </message>
    <message>
        <source>Lưu tệp mẫu…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <source>Mọi đơn vị của khối</source>
        <translation>All units of the bloc</translation>
    </message>
    <message>
        <source>tìm “%1”</source>
        <translation>search “%1”</translation>
    </message>
    <message>
        <source>khối %1</source>
        <translation>bloc %1</translation>
    </message>
    <message>
        <source>đơn vị %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <source>kết quả xét: %1</source>
        <translation>verdict: %1</translation>
    </message>
    <message>
        <source>duyệt: %1</source>
        <translation>approval: %1</translation>
    </message>
    <message>
        <source>Bỏ lọc, xem tất cả hồ sơ</source>
        <translation>Clear filters, show all dossiers</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào khớp bộ lọc (%1) trong %2 hồ sơ của đợt.</source>
        <translation>No dossier matches the filters (%1) among the campaign&apos;s %2 dossiers.</translation>
    </message>
</context>
<context>
    <name>vd::gui::NomineeTableModel</name>
    <message>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Khối</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Ngày nhận hồ sơ</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Kết quả xét</source>
        <translation>Review result</translation>
    </message>
    <message>
        <source>Duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>vd::gui::OptionalDateEdit</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>vd::gui::OutputActions</name>
    <message>
        <source>Văn bản:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>&amp;Xuất tệp…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>In văn bản đã chọn</source>
        <translation>Print the chosen document</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Ghi văn bản đã chọn ra tệp Word, PDF hoặc OpenDocument</source>
        <translation>Write the chosen document to a Word, PDF or OpenDocument file</translation>
    </message>
    <message>
        <source>Ghi %1 ra tệp Word, PDF hoặc OpenDocument</source>
        <translation>Write %1 to a Word, PDF or OpenDocument file</translation>
    </message>
    <message>
        <source>Xuất văn bản đã chọn ra tệp</source>
        <translation>Export the chosen document to a file</translation>
    </message>
    <message>
        <source>Xuất %1 ra tệp</source>
        <translation>Export %1 to a file</translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <source>Xuất %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>%1 không ghi được dạng .%2; chọn %3.</source>
        <translation>%1 cannot be written as .%2; choose %3.</translation>
    </message>
    <message>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
</context>
<context>
    <name>vd::gui::OutputsView</name>
    <message>
        <source>OpenDocument (Writer)</source>
        <translation>OpenDocument (Writer)</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>CSV UTF-8</source>
        <translation>CSV UTF-8</translation>
    </message>
    <message>
        <source>Chưa có mức tiền thưởng cho mỗi người: nhập mức thưởng ở ô bên trái (mức mặc định đặt ở Công cụ ▸ Cài đặt đợt biểu dương).</source>
        <translation>No cash award per person yet: enter the award in the box on the left (the default is set in Tools ▸ Campaign settings).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p align=&quot;center&quot;&gt;&lt;i&gt;… và %n trang nữa (xem đủ ở Xem trước khi in…).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p align=&quot;center&quot;&gt;&lt;i&gt;… and %n more page (see them all in Print preview…).&lt;/i&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p align=&quot;center&quot;&gt;&lt;i&gt;… and %n more pages (see them all in Print preview…).&lt;/i&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Xuất được: %1</source>
        <translation>Can be exported as: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n người</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Xuất %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
</context>
<context>
    <name>vd::gui::SectorDelegate</name>
    <message>
        <source>HCSN — hành chính, sự nghiệp</source>
        <translation>HCSN — administrative and public-service sector</translation>
    </message>
    <message>
        <source>SXKD — sản xuất kinh doanh</source>
        <translation>SXKD — business sector</translation>
    </message>
</context>
<context>
    <name>vd::gui::StatsTableModel</name>
    <message>
        <source>Được đề nghị</source>
        <translation>Nominated</translation>
    </message>
    <message>
        <source>Được biểu dương</source>
        <translation>Honoured</translation>
    </message>
</context>
<context>
    <name>vd::gui::StatsView</name>
    <message>
        <source>&amp;Nhóm theo:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <source>Số liệu theo nhóm</source>
        <translation>Figures by group</translation>
    </message>
    <message>
        <source>Biểu đồ số liệu theo nhóm</source>
        <translation>Chart of the figures by group</translation>
    </message>
    <message>
        <source>Khối</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Công nhân lao động / cán bộ, viên chức</source>
        <translation>Workers / staff and officials</translation>
    </message>
    <message>
        <source>Danh hiệu (LĐG, LĐST)</source>
        <translation>Title (LĐG, LĐST)</translation>
    </message>
    <message>
        <source>Sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Có sáng kiến</source>
        <translation>With an initiative</translation>
    </message>
    <message>
        <source>Không nêu sáng kiến</source>
        <translation>No initiative named</translation>
    </message>
    <message>
        <source>%1: %2 người được đề nghị, %3 người được biểu dương (đã duyệt); %4 người có sáng kiến, trong đó %5 người được biểu dương.</source>
        <translation>%1: %2 nominated, %3 honoured (approved); %4 with an initiative, %5 of them honoured.</translation>
    </message>
    <message>
        <source>%1 (%2 đơn vị nhiều nhất)</source>
        <translation>%1 (the %2 largest units)</translation>
    </message>
    <message>
        <source>Được đề nghị</source>
        <translation>Nominated</translation>
    </message>
    <message>
        <source>Được biểu dương</source>
        <translation>Honoured</translation>
    </message>
</context>
<context>
    <name>vd::gui::UndoCommands</name>
    <message>
        <source>Không hoàn tác được</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>Thêm hồ sơ %1</source>
        <translation>Add dossier %1</translation>
    </message>
    <message>
        <source>Sửa hồ sơ %1</source>
        <translation>Edit dossier %1</translation>
    </message>
    <message>
        <source>Xóa 1 hồ sơ</source>
        <translation>Delete 1 dossier</translation>
    </message>
    <message>
        <source>Xóa %1 hồ sơ</source>
        <translation>Delete %1 dossiers</translation>
    </message>
    <message>
        <source>Duyệt %1 người</source>
        <translation>Approve %1 nominee(s)</translation>
    </message>
    <message>
        <source>Bỏ duyệt %1 người</source>
        <translation>Take approval back from %1 nominee(s)</translation>
    </message>
</context>
<context>
    <name>vd::gui::UnitTableModel</name>
    <message>
        <source>(chưa rõ khối)</source>
        <translation>(bloc unknown)</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Khối</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Số người được đề nghị</source>
        <translation>Nominees</translation>
    </message>
</context>
<context>
    <name>vd::gui::UnitsView</name>
    <message>
        <source>%1 đơn vị</source>
        <translation>%1 units</translation>
    </message>
    <message>
        <source>Đơn vị còn %1 người được đề nghị: hãy gộp hoặc chuyển họ trước.</source>
        <translation>The unit still has %1 nominees: merge or move them first.</translation>
    </message>
    <message>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Khối của đơn vị %1:</source>
        <translation>Bloc of unit %1:</translation>
    </message>
    <message>
        <source>Đã có đơn vị %1.</source>
        <translation>Unit %1 already exists.</translation>
    </message>
    <message>
        <source>Đổi tên đơn vị</source>
        <translation>Rename unit</translation>
    </message>
    <message>
        <source>Tên mới của %1:</source>
        <translation>New name for %1:</translation>
    </message>
    <message>
        <source>Chuyển khối</source>
        <translation>Move to bloc</translation>
    </message>
    <message>
        <source>Chuyển %1 (và %2 người được đề nghị) sang khối:</source>
        <translation>Move %1 (and %2 nominees) to bloc:</translation>
    </message>
    <message>
        <source>Gộp đơn vị</source>
        <translation>Merge units</translation>
    </message>
    <message>
        <source>Gộp %1 vào đơn vị (người được đề nghị chuyển theo):</source>
        <translation>Merge %1 into unit (its nominees move with it):</translation>
    </message>
    <message>
        <source>Gộp %1 vào %2? Đơn vị %1 sẽ bị xóa.</source>
        <translation>Merge %1 into %2? Unit %1 will be deleted.</translation>
    </message>
    <message>
        <source>Xóa đơn vị</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>Bỏ duyệt những người này và thực hiện thay đổi? Chọn Không để giữ nguyên.</source>
        <translation>Withdraw these approvals and make the change? Choose No to leave everything as it is.</translation>
    </message>
</context>
<context>
    <name>vd::gui::UserGuideDialog</name>
    <message>
        <source>&lt;h3&gt;VinhDanh %1&lt;/h3&gt;&lt;p&gt;Quản lý hồ sơ biểu dương Lao động giỏi, Lao động sáng tạo của Liên đoàn Lao động.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Giấy phép:&lt;/b&gt; GNU GPL phiên bản 3 trở lên (GPL-3.0-or-later). Chương trình được cung cấp không kèm bất kỳ bảo đảm nào.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dữ liệu:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt:&lt;/b&gt; %3 (khi biên dịch: %4)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VinhDanh %1&lt;/h3&gt;&lt;p&gt;Management of dossiers for honouring outstanding workers and creative workers, for the Liên đoàn Lao động (Labour Federation).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; GNU GPL version 3 or later (GPL-3.0-or-later). This program comes with no warranty of any kind.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt:&lt;/b&gt; %3 (at compile time: %4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Giới thiệu VinhDanh</source>
        <translation>About VinhDanh</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng VinhDanh</source>
        <translation>VinhDanh user guide</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Không đọc được hướng dẫn %1.</source>
        <translation>Cannot read the user guide %1.</translation>
    </message>
</context>
<context>
    <name>vd::Delegates</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Hàng ghế</source>
        <translation>Seat row</translation>
    </message>
    <message>
        <source>Trao thưởng</source>
        <translation>Presents awards</translation>
    </message>
    <message>
        <source>lưu đại biểu %1</source>
        <translation>saving delegate %1</translation>
    </message>
    <message>
        <source>đọc danh sách đại biểu</source>
        <translation>reading the delegates</translation>
    </message>
    <message>
        <source>Họ và tên đại biểu không được để trống.</source>
        <translation>The delegate&apos;s full name cannot be empty.</translation>
    </message>
    <message>
        <source>Thứ tự trao thưởng không được âm.</source>
        <translation>The presenting order cannot be negative.</translation>
    </message>
    <message>
        <source>xóa đại biểu</source>
        <translation>removing a delegate</translation>
    </message>
    <message>
        <source>Không có đại biểu số %1 trong đợt này.</source>
        <translation>There is no delegate %1 in this campaign.</translation>
    </message>
    <message>
        <source>%1: tệp trống.</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1:%2:%3: cột &quot;%4&quot; không dùng đến, bỏ qua.</source>
        <translation>%1:%2:%3: column &quot;%4&quot; is not used, ignored.</translation>
    </message>
    <message>
        <source>%1: không thấy dòng tiêu đề có cột &quot;Họ và tên&quot; (danh sách đại biểu).</source>
        <translation>%1: no header row with a &quot;Họ và tên&quot; (full name) column (delegates list).</translation>
    </message>
    <message>
        <source>thiếu họ và tên</source>
        <translation>the full name is missing</translation>
    </message>
    <message>
        <source>dài quá 200 ký tự</source>
        <translation>longer than 200 characters</translation>
    </message>
    <message>
        <source>dài quá 500 ký tự</source>
        <translation>longer than 500 characters</translation>
    </message>
    <message>
        <source>&quot;%1&quot; không phải thứ tự trao thưởng (số, hoặc x)</source>
        <translation>&quot;%1&quot; is not a presenting order (a number, or x)</translation>
    </message>
    <message numerus="yes">
        <source>%1: không nhập gì, %n dòng lỗi.</source>
        <translation>
            <numerusform>%1: nothing imported, %n row with errors.</numerusform>
            <numerusform>%1: nothing imported, %n rows with errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: không có đại biểu nào dưới dòng tiêu đề.</source>
        <translation>%1: no delegate under the header row.</translation>
    </message>
    <message>
        <source>xóa danh sách đại biểu cũ</source>
        <translation>removing the old delegates list</translation>
    </message>
    <message>
        <source>ghi đại biểu có mặt</source>
        <translation>recording a delegate as present</translation>
    </message>
</context>
<context>
    <name>vd::gui::CheckinView</name>
    <message>
        <source>Tìm đại &amp;biểu:</source>
        <translation>Fi&amp;nd delegate:</translation>
    </message>
    <message>
        <source>gõ vài chữ của tên, không cần dấu; Enter: có mặt</source>
        <translation>type a few letters of the name, no diacritics needed; Enter: present</translation>
    </message>
    <message>
        <source>Tìm đại biểu</source>
        <translation>Find delegate</translation>
    </message>
    <message>
        <source>Có &amp;mặt</source>
        <translation>P&amp;resent</translation>
    </message>
    <message>
        <source>Bỏ đánh &amp;dấu</source>
        <translation>&amp;Undo check-in</translation>
    </message>
    <message>
        <source>Danh sách đại biểu</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <source>Số đại biểu có mặt</source>
        <translation>Delegates present</translation>
    </message>
    <message>
        <source>Chưa có đại biểu nào.</source>
        <translation>No delegates yet.</translation>
    </message>
    <message>
        <source>Không thấy đại biểu nào khớp &quot;%1&quot;.</source>
        <translation>No delegate matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Đón tiếp đại biểu</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>✔ Có mặt: %1 — %2</source>
        <translation>✔ Present: %1 — %2</translation>
    </message>
    <message>
        <source>Đã bỏ đánh dấu: %1</source>
        <translation>Check-in taken back: %1</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>khác</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Có mặt %1/%2 đại biểu. %3</source>
        <translation>%1/%2 delegates present. %3</translation>
    </message>
</context>
<context>
    <name>vd::gui::DelegateTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Có mặt %1</source>
        <translation>Present %1</translation>
    </message>
    <message>
        <source>Chưa đến</source>
        <translation>Not arrived</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Title, body</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Hàng ghế</source>
        <translation>Seat row</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
</context>
<context>
    <name>vd::ReviewService</name>
    <message>
        <source>Mã %1: không có người được đề nghị này trong đợt biểu dương đang dùng.</source>
        <translation>ID %1: there is no such nominee in the active campaign.</translation>
    </message>
    <message>
        <source>%1 (mã %2): hãy ghi lý do xem xét (vì sao vẫn đề nghị duyệt).</source>
        <translation>%1 (ID %2): give the reason for the review (why it may still be approved).</translation>
    </message>
    <message>
        <source>%1 (mã %2) không đủ điều kiện, không xem xét được: %3</source>
        <translation>%1 (ID %2) is not eligible and cannot be reviewed: %3</translation>
    </message>
    <message>
        <source>%1 (mã %2) đã đủ điều kiện, không có cảnh báo nào cần xem xét.</source>
        <translation>%1 (ID %2) is already eligible: there is no warning to review.</translation>
    </message>
    <message>
        <source>%1 (mã %2) chưa được xem xét, không có gì để bỏ.</source>
        <translation>%1 (ID %2) has not been reviewed: nothing to withdraw.</translation>
    </message>
    <message>
        <source>%1 (mã %2) đã được duyệt; hãy bỏ duyệt trước rồi mới bỏ xem xét.</source>
        <translation>%1 (ID %2) is approved; take the approval back before withdrawing the review.</translation>
    </message>
</context>
<context>
    <name>vd::gui::ReviewPanel</name>
    <message>
        <source>Ghi “đã xem xét”…</source>
        <translation>Mark as “reviewed”…</translation>
    </message>
    <message>
        <source>Ghi đã xem xét kèm lý do</source>
        <translation>Mark as reviewed, with a reason</translation>
    </message>
    <message>
        <source>Bỏ xem xét</source>
        <translation>Withdraw review</translation>
    </message>
    <message>
        <source>Bỏ đã xem xét</source>
        <translation>Withdraw the review</translation>
    </message>
    <message>
        <source>Xem xét cảnh báo</source>
        <translation>Review of the warnings</translation>
    </message>
    <message>
        <source>Đã xem xét: %1 — %2, %3.</source>
        <translation>Reviewed: %1 — %2, %3.</translation>
    </message>
    <message>
        <source>Đã xem xét (%1, %2), nhưng đã sửa thông tin mà cảnh báo dựa vào: khi lưu, “đã xem xét” sẽ bị bỏ.</source>
        <translation>Reviewed (%1, %2), but a field the warnings were about has been edited: saving withdraws the review.</translation>
    </message>
    <message>
        <source>Đã xem xét (%1, %2), nhưng hồ sơ nay có lỗi: khi lưu, “đã xem xét” sẽ bị bỏ.</source>
        <translation>Reviewed (%1, %2), but the dossier now has an error: saving withdraws the review.</translation>
    </message>
    <message>
        <source>Chỉ có cảnh báo: ghi “đã xem xét” kèm lý do thì hồ sơ được tính là đủ điều kiện để duyệt.</source>
        <translation>Warnings only: mark it “reviewed”, with a reason, and the dossier counts as eligible for approval.</translation>
    </message>
    <message>
        <source>Lưu hồ sơ trước, rồi ghi “đã xem xét”.</source>
        <translation>Save the dossier first, then mark it “reviewed”.</translation>
    </message>
    <message>
        <source>Ghi vì sao vẫn đề nghị duyệt dù có cảnh báo.</source>
        <translation>Record why it may be approved despite the warnings.</translation>
    </message>
    <message>
        <source>Lưu thay đổi trước, rồi ghi “đã xem xét”.</source>
        <translation>Save your changes first, then mark it “reviewed”.</translation>
    </message>
    <message>
        <source>Người này đã được duyệt: bỏ duyệt trước.</source>
        <translation>This nominee is approved: take the approval back first.</translation>
    </message>
    <message>
        <source>Bỏ “đã xem xét”: hồ sơ lại là “Cần xem xét”.</source>
        <translation>Withdraw “reviewed”: the dossier needs review again.</translation>
    </message>
    <message>
        <source>Ghi “đã xem xét”</source>
        <translation>Mark as “reviewed”</translation>
    </message>
    <message>
        <source>Vì sao vẫn đề nghị duyệt %1 dù có cảnh báo? (ghi vào nhật ký, in trong báo cáo thẩm định)</source>
        <translation>Why may %1 be approved despite the warnings? (kept in the audit log, printed in the appraisal report)</translation>
    </message>
    <message>
        <source>Không ghi được “đã xem xét”</source>
        <translation>Could not mark as “reviewed”</translation>
    </message>
    <message>
        <source>Không bỏ được “đã xem xét”</source>
        <translation>Could not withdraw the review</translation>
    </message>
</context>
<context>
    <name>vd::RunningOrder</name>
    <message>
        <source>Biểu dương, khen thưởng</source>
        <translation>Honours and awards</translation>
    </message>
</context>
<context>
    <name>vd::gui::PresenterView</name>
    <message>
        <source>Trình chiếu — %1</source>
        <translation>Presenter view — %1</translation>
    </message>
    <message>
        <source>Màn hình trình chiếu</source>
        <translation>Presenter screen</translation>
    </message>
    <message>
        <source>Màn hình tối</source>
        <translation>Screen blacked out</translation>
    </message>
    <message numerus="yes">
        <source>Lượt %1, khối %2, %n người</source>
        <translation>
            <numerusform>Batch %1, %2 bloc, %n person</numerusform>
            <numerusform>Batch %1, %2 bloc, %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>vd::MovementStats</name>
    <message>
        <source>Chưa rõ khối</source>
        <translation>Bloc not known</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Chưa rõ</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Công nhân lao động</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Cán bộ, viên chức, quản lý</source>
        <translation>Staff, civil servants, managers</translation>
    </message>
    <message>
        <source>Chưa rõ đơn vị</source>
        <translation>Unit not known</translation>
    </message>
</context>
<context>
    <name>vd::ApprovalGuard</name>
    <message>
        <source>tìm hồ sơ trùng</source>
        <translation>looking for duplicate dossiers</translation>
    </message>
    <message>
        <source>khối %1 đã duyệt %2 người, vượt chỉ tiêu %3</source>
        <translation>bloc %1 would have %2 approved, over its quota of %3</translation>
    </message>
    <message>
        <source>%1 (mã %2, %3): %4</source>
        <translation>%1 (id %2, %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>Không lưu: thay đổi này làm %n người đã duyệt không còn đủ điều kiện duyệt. Hãy sửa lại, hoặc bỏ duyệt họ trước (hay xác nhận bỏ duyệt khi lưu).</source>
        <translation>
            <numerusform>Not saved: this change would leave %n approved nominee no longer approvable. Change it back, or withdraw the approval first (or confirm withdrawing it when saving).</numerusform>
            <numerusform>Not saved: this change would leave %n approved nominees no longer approvable. Change it back, or withdraw their approvals first (or confirm withdrawing them when saving).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::OdsReader</name>
    <message>
        <source>Không có tệp %1.</source>
        <translation>File %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 (trang “%2”)</source>
        <translation>%1 (sheet “%2”)</translation>
    </message>
    <message>
        <source>Tệp ODS hỏng: dòng %1 có ô vượt quá %2 cột.</source>
        <translation>Damaged ODS file: row %1 has a cell beyond %2 columns.</translation>
    </message>
    <message>
        <source>Tệp ODS hỏng: trang “%1” có hơn %2 dòng.</source>
        <translation>Damaged ODS file: sheet “%1” has more than %2 rows.</translation>
    </message>
    <message>
        <source>Tệp ODS không có trang tính nào có dòng dữ liệu.</source>
        <translation>The ODS file has no worksheet with rows of data.</translation>
    </message>
    <message>
        <source>Tệp OpenDocument này không phải bảng tính (có thể là văn bản .odt).</source>
        <translation>This OpenDocument file is not a spreadsheet (it may be an .odt text document).</translation>
    </message>
    <message>
        <source>Tệp không phải tệp ODS (không mở được như tệp nén ZIP).</source>
        <translation>The file is not an ODS file (it cannot be opened as a ZIP archive).</translation>
    </message>
    <message>
        <source>Tệp nén này không phải bảng tính OpenDocument (thiếu content.xml).</source>
        <translation>This archive is not an OpenDocument spreadsheet (content.xml is missing).</translation>
    </message>
    <message>
        <source>dòng %1 của trang “%2”</source>
        <translation>row %1 of sheet “%2”</translation>
    </message>
</context>
<context>
    <name>vd::PersonStore</name>
    <message>
        <source>đọc lịch sử đề nghị</source>
        <translation>reading the nomination history</translation>
    </message>
    <message>
        <source>cùng số CCCD nhưng khác ngày sinh</source>
        <translation>same CCCD but a different birth date</translation>
    </message>
    <message>
        <source>cùng họ tên và ngày sinh nhưng khác số CCCD</source>
        <translation>same full name and birth date but a different CCCD</translation>
    </message>
    <message>
        <source>cùng họ tên và ngày sinh</source>
        <translation>same full name and birth date</translation>
    </message>
    <message>
        <source>cùng họ tên và năm sinh (không rõ ngày sinh)</source>
        <translation>same full name and birth year (birth date unknown)</translation>
    </message>
    <message>
        <source>đọc danh sách người</source>
        <translation>reading the people</translation>
    </message>
    <message>
        <source>tìm người đã có</source>
        <translation>looking up known people</translation>
    </message>
    <message>
        <source>đọc người đã tách</source>
        <translation>reading the people kept apart</translation>
    </message>
    <message>
        <source>đọc hồ sơ của người</source>
        <translation>reading the person&apos;s dossiers</translation>
    </message>
    <message>
        <source>lưu người %1</source>
        <translation>saving person %1</translation>
    </message>
    <message>
        <source>Không có người mã %1.</source>
        <translation>There is no person with id %1.</translation>
    </message>
    <message>
        <source>tìm người có thể trùng</source>
        <translation>looking for people who may be the same</translation>
    </message>
    <message>
        <source>gắn hồ sơ với người</source>
        <translation>linking dossiers to a person</translation>
    </message>
    <message>
        <source>ghi hai người khác nhau</source>
        <translation>recording two different people</translation>
    </message>
    <message>
        <source>bỏ ghi hai người khác nhau</source>
        <translation>removing the record of two different people</translation>
    </message>
    <message>
        <source>Không gộp được: hai bên là cùng một người (mã %1).</source>
        <translation>Cannot merge: both sides are the same person (id %1).</translation>
    </message>
    <message>
        <source>Không gộp được: người mã %1 (%2) không còn hồ sơ nào.</source>
        <translation>Cannot merge: person %1 (%2) has no dossier left.</translation>
    </message>
    <message>
        <source>Gộp người mã %1 (%2) vào người mã %3 (%4); hồ sơ chuyển sang: %5</source>
        <translation>Merged person %1 (%2) into person %3 (%4); dossiers moved: %5</translation>
    </message>
    <message>
        <source>Hoàn tác gộp: người mã %1 lấy lại hồ sơ %2 từ người mã %3</source>
        <translation>Merge undone: person %1 takes back dossiers %2 from person %3</translation>
    </message>
    <message>
        <source>Không tách được: hồ sơ mã %1 không thuộc người mã %2.</source>
        <translation>Cannot split: dossier %1 does not belong to person %2.</translation>
    </message>
    <message>
        <source>Không tách được: phải chọn một phần hồ sơ của người mã %1 (không phải tất cả).</source>
        <translation>Cannot split: choose some of person %1&apos;s dossiers (not all of them).</translation>
    </message>
    <message>
        <source>Tách hồ sơ %1 khỏi người mã %2 (%3) thành người mã %4; hai người được ghi là khác nhau</source>
        <translation>Split dossiers %1 from person %2 (%3) into person %4; the two are recorded as different people</translation>
    </message>
    <message>
        <source>xóa người</source>
        <translation>deleting a person</translation>
    </message>
    <message>
        <source>Hoàn tác tách: hồ sơ %1 trở lại người mã %2</source>
        <translation>Split undone: dossiers %1 back to person %2</translation>
    </message>
    <message>
        <source>Không ghi được: hai bên là cùng một người (mã %1).</source>
        <translation>Not recorded: both are the same person (id %1).</translation>
    </message>
    <message>
        <source>Người mã %1 và người mã %2 đã được ghi là hai người khác nhau.</source>
        <translation>People %1 and %2 are already recorded as different people.</translation>
    </message>
    <message>
        <source>Ghi người mã %1 (%2) và người mã %3 (%4) là hai người khác nhau</source>
        <translation>Recorded person %1 (%2) and person %3 (%4) as different people</translation>
    </message>
    <message>
        <source>Hoàn tác: người mã %1 và người mã %2 có thể là một người</source>
        <translation>Undone: person %1 and person %2 may be one person</translation>
    </message>
    <message>
        <source>tìm người trong mọi đợt</source>
        <translation>search people in every campaign</translation>
    </message>
</context>
<context>
    <name>vd::Stats</name>
    <message>
        <source>tính số liệu</source>
        <translation>computing the figures</translation>
    </message>
    <message>
        <source>đọc danh sách đợt biểu dương</source>
        <translation>reading the list of campaigns</translation>
    </message>
</context>
<context>
    <name>vd::gui::HistoryPanel</name>
    <message>
        <source>Hồ sơ mới: lịch sử hiện ra sau khi lưu.</source>
        <translation>New dossier: the history shows once it is saved.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Chưa duyệt</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Chưa được đề nghị ở đợt nào khác.</source>
        <translation>Not nominated in any other campaign.</translation>
    </message>
    <message>
        <source>Đã được đề nghị %1 lần ở các đợt khác, %2 lần được duyệt.</source>
        <translation>Nominated %1 times in other campaigns, approved %2 times.</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kết quả xét</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Duyệt</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Sáng kiến</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Lịch sử đề nghị qua các đợt</source>
        <translation>Nominations across campaigns</translation>
    </message>
    <message>
        <source>Được đề nghị %1 lần, %2 lần được duyệt.</source>
        <translation>Nominated %1 time(s), approved %2 time(s).</translation>
    </message>
</context>
<context>
    <name>vd::gui::NewCampaignDialog</name>
    <message>
        <source>Tạo đợt mới từ đợt này</source>
        <translation>New campaign from this one</translation>
    </message>
    <message>
        <source>Đợt mới chép khối, chỉ tiêu, tiêu chí, người ký, danh mục hồ sơ và chương trình của đợt “%1”; không chép người được đề nghị. Đợt mới thành đợt đang dùng; đợt cũ vẫn giữ nguyên.</source>
        <translation>The new campaign copies the blocs, quotas, criteria, signers, document list and programme of campaign “%1”; nominees are not copied. The new campaign becomes the active one; the old one is kept as it is (closed, read-only).</translation>
    </message>
    <message>
        <source>ví dụ 45/KH-LĐLĐ</source>
        <translation>e.g. 45/KH-LĐLĐ</translation>
    </message>
    <message>
        <source>&amp;Tên đợt</source>
        <translation>Campaign &amp;name</translation>
    </message>
    <message>
        <source>Số &amp;kế hoạch</source>
        <translation>&amp;Plan number</translation>
    </message>
    <message>
        <source>&amp;Ngày kế hoạch</source>
        <translation>Plan &amp;date</translation>
    </message>
    <message>
        <source>Hạn nộ&amp;p hồ sơ</source>
        <translation>Dossier dead&amp;line</translation>
    </message>
    <message>
        <source>Ngày &amp;hội nghị</source>
        <translation>&amp;Conference date</translation>
    </message>
    <message>
        <source>Tạo đợt mới</source>
        <translation>Create the campaign</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>vd::gui::YearsDialog</name>
    <message>
        <source>Qua các năm</source>
        <translation>Over the years</translation>
    </message>
    <message>
        <source>Đơn vị tham gia</source>
        <translation>Units taking part</translation>
    </message>
    <message>
        <source>Đề nghị lại</source>
        <translation>Nominated again</translation>
    </message>
    <message>
        <source>Được biểu dương lại</source>
        <translation>Honoured again</translation>
    </message>
    <message>
        <source>Được công nhận</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Được duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Người được đề nghị theo khối</source>
        <translation>Nominees by bloc</translation>
    </message>
    <message>
        <source>Người được biểu dương theo khối</source>
        <translation>Honorees by bloc</translation>
    </message>
    <message>
        <source>Người được biểu dương nhiều lần</source>
        <translation>People honoured more than once</translation>
    </message>
    <message>
        <source>Sáng kiến</source>
        <translation>Initiative</translation>
    </message>
</context>
<context>
    <name>vd::gui::PeopleDialog</name>
    <message>
        <source>%1 (mã %2), sinh %3, CCCD %4</source>
        <translation>%1 (id %2), born %3, CCCD %4</translation>
    </message>
    <message>
        <source>Gộp người %1</source>
        <translation>Merge people %1</translation>
    </message>
    <message>
        <source>Ghi hai người khác nhau: %1</source>
        <translation>Record two different people: %1</translation>
    </message>
    <message>
        <source>Người có thể trùng</source>
        <translation>Possible duplicate people</translation>
    </message>
    <message>
        <source>Những cặp người có thể là một người (qua các đợt). Chương trình không tự gộp: chọn một cặp rồi quyết định. Ctrl+Z hoàn tác quyết định.</source>
        <translation>Pairs of people who may be one person (across campaigns). The program never merges by itself: pick a pair, then decide. Ctrl+Z undoes a decision.</translation>
    </message>
    <message>
        <source>Các cặp người có thể trùng</source>
        <translation>Pairs of possibly duplicate people</translation>
    </message>
    <message>
        <source>Vì sao</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Người thứ nhất (giữ lại)</source>
        <translation>First person (kept)</translation>
    </message>
    <message>
        <source>Người thứ hai</source>
        <translation>Second person</translation>
    </message>
    <message>
        <source>Là một người (&amp;gộp)</source>
        <translation>One person (&amp;merge)</translation>
    </message>
    <message>
        <source>Hai người &amp;khác nhau</source>
        <translation>&amp;Two different people</translation>
    </message>
    <message>
        <source>Không có cặp người nào có thể trùng.</source>
        <translation>No pair of people that may be one.</translation>
    </message>
    <message>
        <source>mã %1 và mã %2</source>
        <translation>ids %1 and %2</translation>
    </message>
    <message>
        <source>Gộp hai người</source>
        <translation>Merge two people</translation>
    </message>
    <message>
        <source>%1 và %2 là một người? Mọi hồ sơ của người thứ hai chuyển sang người thứ nhất (hoàn tác được bằng Ctrl+Z).</source>
        <translation>Are %1 and %2 one person? Every dossier of the second moves to the first (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <source>Gộp</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Không gộp</source>
        <translation>Do not merge</translation>
    </message>
    <message>
        <source>Đã gộp người %1.</source>
        <translation>Merged people %1.</translation>
    </message>
    <message>
        <source>Đã ghi %1 là hai người khác nhau.</source>
        <translation>Recorded %1 as two different people.</translation>
    </message>
</context>
<context>
    <name>vd::gui::CampaignRulesTab</name>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Không áp dụng</source>
        <translation>Not applied</translation>
    </message>
    <message>
        <source>%1 (của đợt)</source>
        <translation>%1 (this campaign&apos;s)</translation>
    </message>
    <message>
        <source>Đã được khen trong &amp;số năm gần đây (cảnh báo):</source>
        <translation>Warn about honours within the last &amp;years:</translation>
    </message>
    <message>
        <source>không xét</source>
        <translation>off</translation>
    </message>
    <message>
        <source> năm</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Ư&amp;u tiên gợi ý khi bằng phiếu:</source>
        <translation>Suggested order when &amp;tied:</translation>
    </message>
    <message>
        <source>Không ưu tiên (Hội đồng tự quyết định)</source>
        <translation>No priority (the council decides)</translation>
    </message>
    <message>
        <source>Trước hết: %1</source>
        <translation>First: %1</translation>
    </message>
    <message>
        <source>, rồi </source>
        <translation>, then </translation>
    </message>
    <message>
        <source>Quy &amp;tắc xét và mức áp dụng của đợt này (chọn một dòng, rồi đổi mức ở dưới):</source>
        <translation>&amp;Rules and their level in this campaign (choose a row, then change the level below):</translation>
    </message>
    <message>
        <source>Quy tắc xét và mức áp dụng</source>
        <translation>Rules and their levels</translation>
    </message>
    <message>
        <source>Mã quy tắc</source>
        <translation>Rule code</translation>
    </message>
    <message>
        <source>Trường xét</source>
        <translation>Field checked</translation>
    </message>
    <message>
        <source>Mặc định</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Đợt này</source>
        <translation>This campaign</translation>
    </message>
    <message>
        <source>&amp;Mức của quy tắc đang chọn:</source>
        <translation>&amp;Level of the chosen rule:</translation>
    </message>
    <message>
        <source>Theo mặc định của Kế hoạch</source>
        <translation>The plan&apos;s default</translation>
    </message>
    <message>
        <source>Lỗi (không đủ điều kiện)</source>
        <translation>Error (not eligible)</translation>
    </message>
    <message>
        <source>Cảnh báo (cần xem xét)</source>
        <translation>Warning (needs review)</translation>
    </message>
</context>
<context>
    <name>vd::gui::SearchAllDialog</name>
    <message>
        <source>Gõ một phần họ tên (có dấu hay không dấu đều được) hoặc ít nhất 3 chữ số CCCD.</source>
        <translation>Type part of a name (with or without diacritics) or at least 3 digits of a CCCD number.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Không có ai trong mọi đợt khớp với “%1”.</source>
        <translation>Nobody in any campaign matches “%1”.</translation>
    </message>
    <message>
        <source>Chỉ hiện %1 người đầu tiên: gõ thêm để thu hẹp.</source>
        <translation>Only the first %1 people are shown: type more to narrow the search.</translation>
    </message>
    <message>
        <source>%1 người khớp; chọn một người để xem các lần được đề nghị.</source>
        <translation>%1 people match; pick one to see their nominations.</translation>
    </message>
    <message>
        <source>Lịch sử của %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Tìm trong mọi đợt</source>
        <translation>Search all campaigns</translation>
    </message>
    <message>
        <source>&amp;Họ tên hoặc số CCCD:</source>
        <translation>&amp;Name or CCCD number:</translation>
    </message>
    <message>
        <source>ví dụ: nguyen thi hoa, 1234</source>
        <translation>e.g. nguyen thi hoa, 1234</translation>
    </message>
    <message>
        <source>Người tìm thấy trong mọi đợt</source>
        <translation>People found in every campaign</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>CCCD number</translation>
    </message>
    <message>
        <source>Số lần đề nghị</source>
        <translation>Nominations</translation>
    </message>
    <message>
        <source>Được duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Years</translation>
    </message>
</context>
<context>
    <name>vd::gui::CouncilSettingsBox</name>
    <message>
        <source>số thành viên có mặt</source>
        <translation>of the members present</translation>
    </message>
    <message>
        <source>tổng số thành viên</source>
        <translation>of all members</translation>
    </message>
    <message>
        <source>Thiết lập phiên họp</source>
        <translation>Meeting settings</translation>
    </message>
    <message>
        <source>Đạt khi đồng ý quá:</source>
        <translation>Passes with more than:</translation>
    </message>
    <message>
        <source>Người được bầu đạt khi số phiếu đồng ý lớn hơn phân số này nhân với số thành viên được bầu (ví dụ 1/2, 2/3)</source>
        <translation>A nominee passes when the agree votes are more than this fraction of the members who vote on them (e.g. 1/2, 2/3)</translation>
    </message>
    <message>
        <source>Mẫu số của tỷ lệ đa số</source>
        <translation>Denominator of the majority</translation>
    </message>
    <message>
        <source>Tính đa số trên</source>
        <translation>Majority of</translation>
    </message>
    <message>
        <source>Ngày họp Hội đồng:</source>
        <translation>Council meeting date:</translation>
    </message>
    <message>
        <source>Địa điểm họp:</source>
        <translation>Meeting place:</translation>
    </message>
    <message>
        <source>Mỗi lượt lên nhận:</source>
        <translation>Called up at once:</translation>
    </message>
    <message>
        <source> người</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Số người được mời lên sân khấu cùng một lượt (kịch bản điều hành, trình chiếu)</source>
        <translation>Honorees invited to the stage at once (running script, presenter view)</translation>
    </message>
    <message>
        <source>Lư&amp;u thiết lập</source>
        <translation>Save settin&amp;gs</translation>
    </message>
    <message>
        <source>Sửa trước khi lưu:
%1</source>
        <translation>Fix before saving:
%1</translation>
    </message>
    <message>
        <source>Chưa có gì thay đổi so với thiết lập đã lưu.</source>
        <translation>Nothing changed from the saved settings.</translation>
    </message>
    <message>
        <source>Lưu thiết lập: kết quả kiểm phiếu được tính lại theo tỷ lệ mới.</source>
        <translation>Save the settings: the vote count is ranked again by the new rule.</translation>
    </message>
</context>
<context>
    <name>vd::xlsx::Workbook</name>
    <message>
        <source>Không có tệp %1.</source>
        <translation>File %1 does not exist.</translation>
    </message>
    <message>
        <source>Tệp XLSX không có trang tính nào.</source>
        <translation>The XLSX file has no worksheet.</translation>
    </message>
    <message>
        <source>Tệp XLSX hỏng: không tìm thấy trang tính “%1” (%2).</source>
        <translation>Damaged XLSX file: worksheet “%1” not found (%2).</translation>
    </message>
    <message>
        <source>Tệp XLSX bị từ chối: bảng chuỗi dùng chung có hơn %1 chuỗi, quá lớn cho một danh sách.</source>
        <translation>XLSX file refused: the shared string table has more than %1 strings, too large for a list.</translation>
    </message>
    <message>
        <source>Tệp XLSX bị từ chối: chuỗi dùng chung thứ %1 dài %2 ký tự, quá giới hạn %3 của Excel.</source>
        <translation>XLSX file refused: shared string no. %1 is %2 characters long, over Excel&apos;s limit of %3.</translation>
    </message>
    <message>
        <source>chuỗi dùng chung thứ %1</source>
        <translation>shared string no. %1</translation>
    </message>
    <message>
        <source>dòng %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>%1 (trang “%2”)</source>
        <translation>%1 (sheet “%2”)</translation>
    </message>
    <message>
        <source>dòng %1 của trang “%2”</source>
        <translation>row %1 of sheet “%2”</translation>
    </message>
    <message>
        <source>Tệp XLSX hỏng: dòng %1 vượt quá %2 dòng của một trang tính.</source>
        <translation>Damaged XLSX file: row %1 is beyond the %2 rows of a worksheet.</translation>
    </message>
    <message>
        <source>Tệp XLSX hỏng: ô có địa chỉ lạ “%1”.</source>
        <translation>Damaged XLSX file: a cell has the strange reference “%1”.</translation>
    </message>
    <message>
        <source>Tệp XLSX hỏng: dòng %1 có ô vượt quá %2 cột của một trang tính.</source>
        <translation>Damaged XLSX file: row %1 has a cell beyond the %2 columns of a worksheet.</translation>
    </message>
    <message>
        <source>Tệp XLSX hỏng: ô %1 trỏ tới chuỗi dùng chung không có (%2).</source>
        <translation>Damaged XLSX file: cell %1 refers to a shared string that does not exist (%2).</translation>
    </message>
    <message>
        <source>Tệp không phải tệp XLSX (không mở được như tệp nén ZIP).</source>
        <translation>The file is not an XLSX file (it cannot be opened as a ZIP archive).</translation>
    </message>
    <message>
        <source>Tệp nén này không phải sổ tính Excel XLSX (thiếu xl/workbook.xml).</source>
        <translation>This archive is not an Excel XLSX workbook (xl/workbook.xml is missing).</translation>
    </message>
    <message>
        <source>Tệp XLSX không có trang tính nào có dòng dữ liệu.</source>
        <translation>The XLSX file has no worksheet with rows of data.</translation>
    </message>
</context>
<context>
    <name>vd::DeferredIndexes</name>
    <message>
        <source>Lỗi chương trình: chỉ số chỉ được dựng lại trong một giao dịch.</source>
        <translation>Program error: indexes may only be rebuilt inside a transaction.</translation>
    </message>
    <message>
        <source>đọc cấu trúc cơ sở dữ liệu</source>
        <translation>reading the database structure</translation>
    </message>
    <message>
        <source>tạm bỏ chỉ số %1</source>
        <translation>dropping index %1 for the import</translation>
    </message>
    <message>
        <source>dựng lại chỉ số %1</source>
        <translation>rebuilding index %1</translation>
    </message>
</context>
</TS>
