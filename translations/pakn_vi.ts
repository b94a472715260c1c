<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Calendar</name>
    <message>
        <location filename="../core/calendar/holidayrules.cpp" line="+16"/>
        <source>New Year&apos;s Day</source>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lunar New Year (Tết)</source>
        <translation>Tết Âm lịch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hùng Kings&apos; Commemoration Day</source>
        <translation>Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Victory Day</source>
        <translation>Ngày Chiến thắng (30/4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>International Labour Day</source>
        <translation>Ngày Quốc tế Lao động (1/5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National Day</source>
        <translation>Quốc khánh</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Weekend</source>
        <translation>Ngày nghỉ hằng tuần</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compensatory day off for %1</source>
        <translation>Nghỉ bù %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra day off</source>
        <translation>Ngày nghỉ thêm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the supported calendar range</source>
        <translation>Ngoài phạm vi lịch được hỗ trợ</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../core/domain/channel.cpp" line="+18"/>
        <source>National portal</source>
        <translation>Cổng DVC quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../core/domain/workflow.cpp" line="+18"/>
        <source>Receive</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Không tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classify</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer for handling</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward outside the city</source>
        <translation>Chuyển cơ quan khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add internal note</source>
        <translation>Thêm ghi chú nội bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post progress update</source>
        <translation>Cập nhật tiến độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save reply</source>
        <translation>Lưu dự thảo trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>Trình lãnh đạo duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return with comment</source>
        <translation>Trả lại kèm ý kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back for rework</source>
        <translation>Trả lại để xử lý lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <location filename="../models/dashboardcharts.cpp" line="+25"/>
        <source>Open petitions per officer</source>
        <translation>PAKN đang xử lý theo cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open petitions per unit</source>
        <translation>PAKN đang xử lý theo đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies on time and late, by month</source>
        <translation>Trả lời đúng hạn và trễ hạn theo tháng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open petitions by days since receipt</source>
        <translation>PAKN đang xử lý theo số ngày từ khi tiếp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue petitions by working days past the deadline</source>
        <translation>PAKN quá hạn theo số ngày làm việc quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By channel</source>
        <translation>Theo kênh tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (the %1 busiest of %2)</source>
        <translation> (%1 nhiều nhất trong số %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Petitions</source>
        <translation>Số PAKN</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(not assigned)</source>
        <translation>(chưa phân công)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <location filename="../ui/dashboardfilters.cpp" line="+23"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This half-year</source>
        <translation>6 tháng này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Khoảng thời gian tùy chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Toàn bộ thời gian</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../core/calendar/deadlinepolicy.cpp" line="+56"/>
        <source>receipt</source>
        <translation>ngày tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the result</source>
        <translation>ngày có kết quả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last progress update</source>
        <translation>lần cập nhật tiến độ gần nhất</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n weekend day(s)</source>
        <translation>
            <numerusform>%n ngày nghỉ hằng tuần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n working day(s) from %1 (%2), not counting that day</source>
        <translation>
            <numerusform>%n ngày làm việc kể từ %1 (%2), không tính ngày đó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n calendar day(s) from %1 (%2), not counting that day</source>
        <translation>
            <numerusform>%n ngày kể từ %1 (%2), không tính ngày đó</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>; the last day, %1, is a day off, so the period ends on the next working day</source>
        <translation>; ngày cuối cùng, %1, là ngày nghỉ nên thời hạn kết thúc vào ngày làm việc tiếp theo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; skipped: %1</source>
        <translation>; không tính: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; due %1.</source>
        <translation>; hạn là %1.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The deadline cannot be computed: the calendar covers %1 to %2 only.</source>
        <translation>Không tính được hạn: lịch chỉ bao gồm từ %1 đến %2.</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <location filename="../app/options.cpp" line="+17"/>
        <source>PAKN Desk: handle citizens&apos; feedback and recommendations on administrative regulations.</source>
        <translation>PAKN Desk: xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Petition service address (https).</source>
        <translation>Địa chỉ dịch vụ PAKN (https).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM file of a CA to trust in addition to the system&apos;s.</source>
        <translation>Tệp PEM của CA được tin cậy thêm ngoài các CA của hệ thống.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name to fill in.</source>
        <translation>Tên đăng nhập điền sẵn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the local caches (default: the user&apos;s data folder).</source>
        <translation>Thư mục chứa dữ liệu đệm cục bộ (mặc định: thư mục dữ liệu của người dùng).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User interface language: vi, en or system (the system&apos;s language; Vietnamese if it is neither).</source>
        <translation>Ngôn ngữ giao diện: vi, en hoặc system (theo ngôn ngữ của hệ điều hành; dùng tiếng Việt nếu hệ điều hành không dùng một trong hai ngôn ngữ này).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in (password from PAKN_PASSWORD), sync, save the main window as a PNG and exit. Works in a temporary profile deleted on exit (--profile is not used).</source>
        <translation>Đăng nhập (mật khẩu lấy từ PAKN_PASSWORD), đồng bộ, lưu cửa sổ chính thành tệp PNG rồi thoát. Chạy trong một hồ sơ tạm, xóa khi thoát (không dùng --profile).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Like --screenshot, but save the main window, the detail pane and a search as PNG files in this folder.</source>
        <translation>Như --screenshot, nhưng lưu cửa sổ chính, khung chi tiết và một lần tìm kiếm thành các tệp PNG trong thư mục này.</translation>
    </message>
</context>
<context>
    <name>PetitionKind</name>
    <message>
        <location filename="../core/domain/channel.cpp" line="+11"/>
        <source>Feedback</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
</context>
<context>
    <name>PetitionState</name>
    <message>
        <location filename="../core/domain/petitionstate.cpp" line="+23"/>
        <source>Awaiting receipt</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not accepted</source>
        <translation>Không tiếp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classified</source>
        <translation>Đã phân loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred for handling</source>
        <translation>Đã chuyển xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded outside the city</source>
        <translation>Chuyển cơ quan khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting approval</source>
        <translation>Chờ lãnh đạo duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent back for rework</source>
        <translation>Trả lại, xử lý lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Đã công khai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/reports/report.cpp" line="+49"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+11"/>
        <location line="+76"/>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>New in the period</source>
        <translation>Mới trong kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried over</source>
        <translation>Kỳ trước chuyển sang</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>By type (new)</source>
        <translation>Theo loại (mới)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Administrative conduct</source>
        <translation>Hành vi hành chính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrative regulations</source>
        <translation>Quy định hành chính</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Handled</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Within deadline</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Not accepted</source>
        <translation>Không tiếp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred out</source>
        <translation>Chuyển cơ quan khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Đã công khai</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>By channel (new)</source>
        <translation>Theo kênh tiếp nhận (mới)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The period is not valid.</source>
        <translation>Kỳ báo cáo không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportexport.cpp" line="+41"/>
        <source>REPORT ON RECEIVING AND HANDLING FEEDBACK AND PETITIONS</source>
        <translation>BÁO CÁO TÌNH HÌNH, KẾT QUẢ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Difficulties, causes and proposals</source>
        <translation>Khó khăn, vướng mắc, nguyên nhân và đề xuất, kiến nghị</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+61"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+3"/>
        <location line="+76"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+71"/>
        <source>Cannot write %1.</source>
        <translation>Không ghi được tệp %1.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../ui/reportdialog.cpp" line="+41"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../models/reportdocument.cpp" line="+34"/>
        <source>PEOPLE&apos;S COMMITTEE OF HANOI</source>
        <translation>UBND THÀNH PHỐ HÀ NỘI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SOCIALIST REPUBLIC OF VIET NAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independence – Freedom – Happiness</source>
        <translation>Độc lập – Tự do – Hạnh phúc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanoi, %1/%2/%3</source>
        <translation>Hà Nội, ngày %1 tháng %2 năm %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue as of %1</source>
        <translation>Số liệu quá hạn tính đến ngày %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Không ghi được tệp %1: thư mục không tồn tại.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Cannot write %1.</source>
        <translation>Không ghi được tệp %1.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="+108"/>
        <source>&apos;%1&apos; is not a period: give q1-2025 … q4-2025, h1-2025, h2-2025, 2025, or a range 2025-01-01..2025-03-31 (cut-off day 1–28)</source>
        <translation>&apos;%1&apos; không phải kỳ báo cáo: hãy nhập q1-2025 … q4-2025, h1-2025, h2-2025, 2025 hoặc khoảng ngày 2025-01-01..2025-03-31 (ngày chốt số liệu từ 1 đến 28)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quarter %1 %2 (%3)</source>
        <translation>Quý %1 năm %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First half of %1 (%2)</source>
        <translation>6 tháng đầu năm %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second half of %1 (%2)</source>
        <translation>6 tháng cuối năm %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year %1 (%2)</source>
        <translation>Năm %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 to %2</source>
        <translation>Từ ngày %1 đến ngày %2</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../core/domain/role.cpp" line="+18"/>
        <source>Handling officer</source>
        <translation>Chuyên viên xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal officer</source>
        <translation>Công chức đầu mối KSTTHC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit leader</source>
        <translation>Lãnh đạo đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City office</source>
        <translation>Văn phòng UBND Thành phố</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <location filename="../core/store/petitionquery.cpp" line="+55"/>
        <source>All cached</source>
        <translation>Tất cả (đã lưu trên máy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to me</source>
        <translation>Được giao cho tôi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To receive</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To assign</source>
        <translation>Chờ phân công</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting my approval</source>
        <translation>Chờ tôi duyệt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned to me</source>
        <translation>Bị trả lại cho tôi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drafts</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbox (pending sync)</source>
        <translation>Hộp thư đi (chờ đồng bộ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All in my unit</source>
        <translation>Tất cả của đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Đã công khai</translation>
    </message>
</context>
<context>
    <name>pakn::AccountController</name>
    <message>
        <location filename="../core/sync/accountcontroller.cpp" line="+189"/>
        <source>The user name or password is wrong.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your session has ended. Sign in again with your password.</source>
        <translation>Phiên làm việc đã kết thúc. Hãy đăng nhập lại bằng mật khẩu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the local cache: %1</source>
        <translation>Không mở được dữ liệu đệm cục bộ: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The local cache was damaged. It was kept as %1, and a new one is being filled from the server.</source>
        <translation>Dữ liệu đệm cục bộ bị hỏng. Tệp cũ được giữ lại tại %1 và dữ liệu mới đang được tải lại từ máy chủ.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The sign-in could not be kept in the system keychain (%1): the password will be needed at the next start.</source>
        <translation>Không lưu được phiên đăng nhập vào kho khóa của hệ thống (%1): lần khởi động sau sẽ cần nhập mật khẩu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Your session has ended. Sign in again.</source>
        <translation>Phiên làm việc đã kết thúc. Hãy đăng nhập lại.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your session has ended. Sign in again; nothing you queued is lost.</source>
        <translation>Phiên làm việc đã kết thúc. Hãy đăng nhập lại; các thao tác đang chờ gửi không bị mất.</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+45"/>
        <location line="+7"/>
        <source>Not signed in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The petition is no longer in the local cache.</source>
        <translation>Phản ánh, kiến nghị này không còn trong dữ liệu đệm cục bộ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not store the action: %1</source>
        <translation>Không lưu được thao tác: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The conflict could not be resolved: %1</source>
        <translation>Không xử lý được xung đột: %1</translation>
    </message>
</context>
<context>
    <name>pakn::AccountDialog</name>
    <message>
        <location filename="../ui/accountdialog.cpp" line="+31"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox:</source>
        <translation>Hộp thư đi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything has been sent.</source>
        <translation>Đã gửi hết.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n action(s) not sent yet</source>
        <translation>
            <numerusform>%n thao tác chưa được gửi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out…</source>
        <translation>Đăng &amp;xuất…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch server…</source>
        <translation>Đổi &amp;máy chủ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out, keeping this account&apos;s cache, and sign in to another server</source>
        <translation>Đăng xuất, giữ lại dữ liệu đệm của tài khoản này, rồi đăng nhập vào máy chủ khác</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your outbox and drafts stay on this computer for your next sign-in.</source>
        <translation>Hộp thư đi và các bản dự thảo được giữ lại trên máy này cho lần đăng nhập sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cached petitions, drafts and attachments of this account are deleted from this computer. Nothing is waiting to be sent.</source>
        <translation>Các phản ánh, kiến nghị đã lưu, bản dự thảo và tệp đính kèm của tài khoản này sẽ bị xóa khỏi máy. Không có thao tác nào đang chờ gửi.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action(s) in the outbox have not been sent yet and will be lost, with the drafts and attachments of this account.</source>
        <translation>
            <numerusform>%n thao tác trong hộp thư đi chưa được gửi và sẽ bị mất, cùng với các bản dự thảo và tệp đính kèm của tài khoản này.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Sign out of PAKN Desk?</source>
        <translation>Đăng xuất khỏi PAKN Desk?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also &amp;delete this account&apos;s local cache from this computer</source>
        <translation>Đồng thời &amp;xóa dữ liệu đệm cục bộ của tài khoản này khỏi máy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>pakn::ApiClient</name>
    <message>
        <location filename="../core/net/apiclient.cpp" line="+44"/>
        <location line="+225"/>
        <location filename="../core/net/apiclientuploads.cpp" line="+58"/>
        <source>The server sent an answer this version cannot read (%1).</source>
        <translation>Máy chủ trả về dữ liệu mà phiên bản này không đọc được (%1).</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>its certificate has expired</source>
        <translation>chứng thư số của máy chủ đã hết hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s administrator must renew it.</source>
        <translation>Quản trị viên máy chủ cần gia hạn chứng thư số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate is not valid yet</source>
        <translation>chứng thư số của máy chủ chưa đến thời hạn có hiệu lực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this computer&apos;s date and time.</source>
        <translation>Hãy kiểm tra ngày giờ của máy tính này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate was issued for another host name</source>
        <translation>chứng thư số được cấp cho một tên máy chủ khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address; someone may be impersonating the server.</source>
        <translation>Hãy kiểm tra địa chỉ máy chủ; có thể có đối tượng đang giả mạo máy chủ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its certificate has been revoked</source>
        <translation>chứng thư số của máy chủ đã bị thu hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your IT department; someone may be impersonating the server.</source>
        <translation>Hãy báo cho bộ phận CNTT; có thể có đối tượng đang giả mạo máy chủ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its certificate was not issued by an authority this computer trusts (a self-signed certificate, or a changed certificate authority)</source>
        <translation>chứng thư số không do một tổ chức cấp chứng thư mà máy tính này tin cậy cấp (chứng thư tự ký, hoặc tổ chức cấp chứng thư đã bị thay đổi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your IT department for the organisation&apos;s CA file and set it in the sign-in settings.</source>
        <translation>Hãy đề nghị bộ phận CNTT cung cấp tệp CA của cơ quan và khai báo ở màn hình đăng nhập.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Không đọc được tệp CA %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Tệp CA %1 không chứa chứng thư PEM nào.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server address is not a valid URL.</source>
        <translation>Địa chỉ máy chủ không phải là URL hợp lệ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address must start with https:// — PAKN Desk never sends data unencrypted.</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng https:// — PAKN Desk không bao giờ gửi dữ liệu không mã hóa.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>The server&apos;s answer was not valid JSON (%1 at byte %2).</source>
        <translation>Dữ liệu máy chủ trả về không phải JSON hợp lệ (%1 tại byte %2).</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The server refused the request (%1): %2</source>
        <translation>Máy chủ từ chối yêu cầu (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>Máy chủ trả lời với mã HTTP %1.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The secure connection to the server broke off (%1). PAKN Desk will try again.</source>
        <translation>Kết nối bảo mật tới máy chủ bị gián đoạn (%1). PAKN Desk sẽ thử lại.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PAKN Desk did not connect because the server could not prove who it is: %1. %2 (%3)</source>
        <translation>PAKN Desk không kết nối vì máy chủ không xác thực được danh tính: %1. %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not trusted, so PAKN Desk did not connect: %1. Ask your IT department for the organisation&apos;s CA file and set it in the sign-in settings.</source>
        <translation>Chứng thư của máy chủ không được tin cậy nên PAKN Desk không kết nối: %1. Hãy đề nghị bộ phận CNTT cung cấp tệp CA của cơ quan và khai báo ở màn hình đăng nhập.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synchronisation was cancelled.</source>
        <translation>Đã hủy đồng bộ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Máy chủ không trả lời trong vòng %1 giây.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the server: %1</source>
        <translation>Không kết nối được máy chủ: %1</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentFetcher</name>
    <message>
        <location filename="../core/sync/attachmentfetcher.cpp" line="+53"/>
        <source>The attachment &quot;%1&quot; has no valid checksum, so it cannot be checked.</source>
        <translation>Tệp đính kèm &quot;%1&quot; không có mã kiểm tra hợp lệ nên không thể kiểm tra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The attachment &quot;%1&quot; is not on this computer, and there is no connection to the server.</source>
        <translation>Tệp đính kèm &quot;%1&quot; chưa có trên máy này và không có kết nối tới máy chủ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+103"/>
        <location line="+62"/>
        <source>Cannot write the attachment &quot;%1&quot; to the local folder: %2</source>
        <translation>Không ghi được tệp đính kèm &quot;%1&quot; vào thư mục trên máy: %2</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The server sent a different file than described for &quot;%1&quot;; it was not kept.</source>
        <translation>Máy chủ gửi về tệp khác với mô tả của &quot;%1&quot;; tệp này không được lưu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reach the server: %1</source>
        <translation>Không kết nối được tới máy chủ: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not download &quot;%1&quot;: %2</source>
        <translation>Không tải được &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+11"/>
        <source>Could not download &quot;%1&quot;: the connection kept breaking.</source>
        <translation>Không tải được &quot;%1&quot;: kết nối liên tục bị ngắt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The downloaded file &quot;%1&quot; does not match its checksum; it was not kept.</source>
        <translation>Tệp đã tải &quot;%1&quot; không khớp mã kiểm tra; tệp này không được lưu.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The download was cancelled.</source>
        <translation>Đã hủy tải tệp.</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentList</name>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="+81"/>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files of the reply</source>
        <translation>Tệp đính kèm văn bản trả lời</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The citizen&apos;s files</source>
        <translation>Tệp đính kèm của người phản ánh</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attach files to the reply (or drop them here)</source>
        <translation>Đính kèm tệp vào văn bản trả lời (hoặc kéo thả tệp vào đây)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image preview</source>
        <translation>Xem trước hình ảnh</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/screenshots.cpp" line="+299"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted files (%1)</source>
        <translation>Tệp được chấp nhận (%1)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>A file could not be removed from the draft on this computer; it is listed again.</source>
        <translation>Không xóa được một tệp khỏi bản nháp trên máy này; tệp được liệt kê lại.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>“%1” could not be found; it may have been moved or deleted.</source>
        <translation>Không tìm thấy “%1”; tệp có thể đã bị di chuyển hoặc xóa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a file that can be read.</source>
        <translation>“%1” không phải là tệp đọc được.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is empty.</source>
        <translation>Tệp “%1” rỗng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is %2; a file may be at most %3.</source>
        <translation>Tệp “%1” có dung lượng %2; mỗi tệp tối đa %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not of an accepted type. Accepted: %2.</source>
        <translation>Tệp “%1” không thuộc định dạng được chấp nhận. Định dạng được chấp nhận: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“%1” was not added: a reply may have at most %n file(s).</source>
        <translation>
            <numerusform>Chưa thêm “%1”: mỗi văn bản trả lời có tối đa %n tệp đính kèm.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” could not be stored on this computer (%2).</source>
        <translation>Không lưu được “%1” trên máy này (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adding “%1” was cancelled.</source>
        <translation>Đã hủy thêm tệp “%1”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adding files</source>
        <translation>Đang thêm tệp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking and copying “%1”…</source>
        <translation>Đang kiểm tra và sao chép “%1”…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>“%1” is no longer on this computer.</source>
        <translation>“%1” không còn trên máy này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading “%1”…</source>
        <translation>Đang tải “%1”…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” could not be downloaded: %2</source>
        <translation>Không tải được “%1”: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>“%1” could not be opened.</source>
        <translation>Không mở được “%1”.</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentModel</name>
    <message>
        <location filename="../models/attachmentmodel.cpp" line="+63"/>
        <source>on the server</source>
        <translation>đã có trên máy chủ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting to upload</source>
        <translation>chờ tải lên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uploading</source>
        <translation>đang tải lên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uploaded</source>
        <translation>đã tải lên</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentUploader</name>
    <message>
        <location filename="../core/sync/attachmentuploader.cpp" line="+88"/>
        <source>The attached files cannot be read: no local attachment folder.</source>
        <translation>Không đọc được các tệp đính kèm: không có thư mục tệp đính kèm trên máy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>An attached file of this reply was removed from this computer before it was sent. Attach it again.</source>
        <translation>Một tệp đính kèm của văn bản trả lời đã bị xóa khỏi máy này trước khi được gửi. Vui lòng đính kèm lại.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+75"/>
        <source>The attached file &quot;%1&quot; is missing from the local attachment folder, so the reply was not sent. Attach the file again.</source>
        <translation>Tệp đính kèm &quot;%1&quot; không còn trong thư mục tệp đính kèm trên máy nên văn bản trả lời chưa được gửi. Vui lòng đính kèm lại tệp.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The attached file &quot;%1&quot; is damaged in the local attachment folder, so the reply was not sent. Attach the file again.</source>
        <translation>Tệp đính kèm &quot;%1&quot; trong thư mục tệp đính kèm trên máy bị hỏng nên văn bản trả lời chưa được gửi. Vui lòng đính kèm lại tệp.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The attached file &quot;%1&quot; could not be read from the local attachment folder: %2</source>
        <translation>Không đọc được tệp đính kèm &quot;%1&quot; từ thư mục tệp đính kèm trên máy: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The attached file &quot;%1&quot; was not accepted: %2</source>
        <translation>Tệp đính kèm &quot;%1&quot; không được chấp nhận: %2</translation>
    </message>
</context>
<context>
    <name>pakn::BulkActions</name>
    <message>
        <location filename="../ui/bulkactions.cpp" line="+27"/>
        <location line="+64"/>
        <source>&amp;Selected petitions</source>
        <translation>Các phản ánh, kiến nghị đã &amp;chọn</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>%1 all selected…</source>
        <translation>%1 tất cả mục đã chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 all selected</source>
        <translation>%1 tất cả mục đã chọn</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Selected petitions (%1)</source>
        <translation>Các phản ánh, kiến nghị đã &amp;chọn (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>and %n more</source>
        <translation>
            <numerusform>và %n mục khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n petition(s)</source>
        <translation>
            <numerusform>%n phản ánh, kiến nghị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 — %n petition(s)</source>
        <translation>
            <numerusform>%1 — %n phản ánh, kiến nghị</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pakn::CommandDialog</name>
    <message>
        <location filename="../ui/commanddialog.cpp" line="+30"/>
        <source>Reason code</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Nội dung liên quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competence</source>
        <translation>Thẩm quyền</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category (1–8)</source>
        <translation>Nhóm nội dung (1–8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To unit (id)</source>
        <translation>Chuyển đến đơn vị (mã)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To agency</source>
        <translation>Chuyển đến cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer (user name)</source>
        <translation>Cán bộ xử lý (tên đăng nhập)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject line</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Nội dung trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment to the officer</source>
        <translation>Ý kiến gửi cán bộ xử lý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What must be reworked</source>
        <translation>Nội dung cần xử lý lại</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An administrative regulation</source>
        <translation>Quy định hành chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials&apos; conduct</source>
        <translation>Hành vi hành chính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within our competence</source>
        <translation>Thuộc thẩm quyền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another agency&apos;s competence</source>
        <translation>Thuộc thẩm quyền cơ quan khác</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 this petition?</source>
        <translation>%1 phản ánh, kiến nghị này?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is sent at the next sync, also after a restart; until then you can drop it from the outbox.</source>
        <translation>Thao tác được gửi ở lần đồng bộ tiếp theo, kể cả sau khi khởi động lại; trước đó bạn có thể hủy trong hộp thư đi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>pakn::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="+60"/>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Lấy bản trên máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the merge</source>
        <translation>Dùng bản hợp nhất</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve the conflict of %1</source>
        <translation>Xử lý xung đột của %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone changed the reply of %1 on the server while you were editing it. Compare the three versions and choose which one to keep; nothing is lost until you choose.</source>
        <translation>Trong lúc đồng chí soạn thảo, văn bản trả lời của %1 đã được người khác thay đổi trên máy chủ. Hãy so sánh ba phiên bản và chọn bản cần giữ; không có nội dung nào bị mất cho đến khi đồng chí lựa chọn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Base: what you started from</source>
        <translation>Bản gốc: bản trước khi đồng chí sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine: what you wrote</source>
        <translation>Bản của tôi: nội dung đồng chí đã soạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs: on the server now (%1)</source>
        <translation>Bản trên máy chủ hiện nay (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs: on the server now, by %1 (%2)</source>
        <translation>Bản trên máy chủ hiện nay, do %1 sửa (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no reply)</source>
        <translation>(chưa có văn bản trả lời)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge (edit freely, then use it):</source>
        <translation>Bản hợp nhất (chỉnh sửa tùy ý rồi sử dụng):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged subject line</source>
        <translation>Trích yếu hợp nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged body</source>
        <translation>Nội dung hợp nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from mine</source>
        <translation>Bắt đầu từ bản của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from theirs</source>
        <translation>Bắt đầu từ bản trên máy chủ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send your version again, on top of the server&apos;s</source>
        <translation>Gửi lại bản của đồng chí trên nền phiên bản của máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop your change; your draft becomes the server&apos;s version</source>
        <translation>Bỏ thay đổi của đồng chí; bản nháp được thay bằng bản trên máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the merge, on top of the server&apos;s version</source>
        <translation>Gửi bản hợp nhất trên nền phiên bản của máy chủ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decide later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>pakn::ConflictModel</name>
    <message>
        <location filename="../models/conflictmodel.cpp" line="+79"/>
        <source>Petition</source>
        <translation>PAKN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
</context>
<context>
    <name>pakn::DashboardFilters</name>
    <message>
        <location filename="../ui/dashboardfilters.cpp" line="+31"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Tất cả kênh</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ield:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>Kê&amp;nh:</translation>
    </message>
</context>
<context>
    <name>pakn::DashboardWindow</name>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="+29"/>
        <source>Dashboard — PAKN Desk</source>
        <translation>Bảng theo dõi — PAKN Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodic &amp;report…</source>
        <translation>&amp;Báo cáo định kỳ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replies awaiting your approval, oldest first, with their deadlines</source>
        <translation>Văn bản trả lời chờ anh/chị duyệt, cũ nhất trước, kèm hạn xử lý</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Overdue petitions</source>
        <translation>PAKN quá hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Mã PAKN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Officer</source>
        <translation>Cán bộ xử lý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working days overdue</source>
        <translation>Số ngày làm việc quá hạn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Overdue petitions&lt;/b&gt; (most overdue first; double-click to open)</source>
        <translation>&lt;b&gt;PAKN quá hạn&lt;/b&gt; (quá hạn lâu nhất trước; nhấp đúp để mở)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Updating…</source>
        <translation>Đang cập nhật…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Open: %1 · Overdue: %2</source>
        <translation>Đang xử lý: %1 · Quá hạn: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval queue (%1)</source>
        <translation>Chờ duyệt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated in %1 ms</source>
        <translation>Đã cập nhật trong %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some figures could not be read: %1</source>
        <translation>Không đọc được một số số liệu: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(not assigned)</source>
        <translation>(chưa phân công)</translation>
    </message>
</context>
<context>
    <name>pakn::DeadlineDisplay</name>
    <message>
        <location filename="../models/deadlinedisplay.cpp" line="+19"/>
        <source>Deadline %1 (no deadline runs in this state)</source>
        <translation>Hạn %1 (ở bước này không tính hạn)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location line="+4"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Within the deadline: %n working day(s) left until %1</source>
        <translation>
            <numerusform>Trong hạn: còn %n ngày làm việc đến %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due today</source>
        <translation>hết hạn hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon: the deadline is today, %1</source>
        <translation>Sắp đến hạn: hạn xử lý là hôm nay, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due soon: %n working day(s) left until %1</source>
        <translation>
            <numerusform>Sắp đến hạn: còn %n ngày làm việc đến %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location filename="../ui/petitionlistview.cpp" line="+120"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>late</source>
        <translation>quá hạn</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Overdue: %n working day(s) past the deadline of %1</source>
        <translation>
            <numerusform>Quá hạn: đã quá %n ngày làm việc so với hạn %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: the deadline was %1</source>
        <translation>Quá hạn: hạn xử lý là %1</translation>
    </message>
</context>
<context>
    <name>pakn::Desk</name>
    <message>
        <location filename="../app/desk.cpp" line="+57"/>
        <source>Signed out.</source>
        <translation>Đã đăng xuất.</translation>
    </message>
</context>
<context>
    <name>pakn::DeskSettings</name>
    <message>
        <location filename="../ui/desksettings.cpp" line="+68"/>
        <source>Choose a language from the list.</source>
        <translation>Hãy chọn ngôn ngữ trong danh sách.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync interval must be between 0 (off) and %1 minutes.</source>
        <translation>Chu kỳ đồng bộ phải từ 0 (tắt) đến %1 phút.</translation>
    </message>
</context>
<context>
    <name>pakn::DueSoonTray</name>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="+188"/>
        <source>and %n more</source>
        <translation>
            <numerusform>và %n mục khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n petition(s) due soon or overdue</source>
        <translation>
            <numerusform>%n phản ánh, kiến nghị sắp đến hạn hoặc quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>PAKN Desk — %n petition(s) due soon or overdue</source>
        <translation>
            <numerusform>PAKN Desk — %n phản ánh, kiến nghị sắp đến hạn hoặc quá hạn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pakn::FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+49"/>
        <source>Search code, title, content, submitter… (Ctrl+F)</source>
        <translation>Tìm theo mã, tiêu đề, nội dung, người phản ánh… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search petitions</source>
        <translation>Tìm kiếm phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by channel</source>
        <translation>Lọc theo kênh tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by field</source>
        <translation>Lọc theo lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by status</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and the filters</source>
        <translation>Xóa nội dung tìm kiếm và bộ lọc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of petitions listed</source>
        <translation>Số phản ánh, kiến nghị trong danh sách</translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>%Ln petition(s)</source>
        <translation>
            <numerusform>%Ln phản ánh, kiến nghị</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>newest first</source>
        <translation>mới nhất trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than %L1 petitions match: they are listed newest first instead of by relevance. Type more words to narrow the search.</source>
        <translation>Có hơn %L1 phản ánh, kiến nghị khớp với từ khóa: danh sách được xếp theo thời gian, mới nhất trước, thay vì theo mức độ phù hợp. Hãy nhập thêm từ để thu hẹp kết quả tìm kiếm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search index is being built; until it is done, some petitions or recent changes may be missing from the results.</source>
        <translation>Chỉ mục tìm kiếm đang được lập; trong thời gian này, kết quả tìm kiếm có thể thiếu một số phản ánh, kiến nghị hoặc các thay đổi gần đây.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>pakn::MainWindow</name>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+42"/>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+78"/>
        <location line="+296"/>
        <source>PAKN Desk</source>
        <translation>PAKN Desk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+2"/>
        <source>Send the outbox and fetch the latest changes from the server (F5)</source>
        <translation>Gửi hộp thư đi và lấy các thay đổi mới nhất từ máy chủ (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the &amp;list</source>
        <translation>Đến &amp;danh sách</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the saved &amp;views</source>
        <translation>Đến các &amp;bộ lọc đã lưu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the selected petition</source>
        <translation>&amp;Mở phản ánh, kiến nghị đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add internal &amp;note…</source>
        <translation>Thêm &amp;ghi chú nội bộ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Account…</source>
        <translation>&amp;Tài khoản…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a petition you may add a note to first.</source>
        <translation>Hãy chọn trước một phản ánh, kiến nghị mà bạn được phép ghi chú.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Petition</source>
        <translation>&amp;Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open the selected petition (in the list)</source>
        <translation>Mở phản ánh, kiến nghị đang chọn (trong danh sách)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search (in the search box)</source>
        <translation>Xóa nội dung tìm kiếm (trong ô tìm kiếm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous petition (in the list)</source>
        <translation>Phản ánh, kiến nghị tiếp theo / trước đó (trong danh sách)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down, Up</source>
        <translation>Mũi tên xuống, lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select several petitions (in the list; also Ctrl+click, Shift+click)</source>
        <translation>Chọn nhiều phản ánh, kiến nghị (trong danh sách; hoặc Ctrl+nhấp, Shift+nhấp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Down, Shift+Up</source>
        <translation>Shift+Down, Shift+Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select every loaded petition (in the list)</source>
        <translation>Chọn mọi phản ánh, kiến nghị đã tải (trong danh sách)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions on the selected petitions (in the list)</source>
        <translation>Thao tác với các phản ánh, kiến nghị đã chọn (trong danh sách)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose columns (on the list&apos;s header)</source>
        <translation>Chọn cột (trên tiêu đề danh sách)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Phím Menu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-269"/>
        <source>Signed-in user</source>
        <translation>Người dùng đang đăng nhập</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Queued; it is sent at the next sync.</source>
        <translation>Đã đưa vào hàng chờ; sẽ được gửi ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The action was not queued</source>
        <translation>Thao tác chưa được đưa vào hàng chờ</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+40"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>PAKN Desk — %1</source>
        <translation>PAKN Desk — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n petition(s) due soon or overdue</source>
        <translation>
            <numerusform>%n phản ánh, kiến nghị sắp đến hạn hoặc quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Drop the action?</source>
        <translation>Hủy thao tác này?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action will not be sent to the server, and what you entered for it is lost.</source>
        <translation>Thao tác sẽ không được gửi lên máy chủ và nội dung bạn đã nhập cho thao tác này sẽ bị mất.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop</source>
        <translation>Hủy thao tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdashboard.cpp" line="+27"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Bảng theo dõi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where are we late, and who is overloaded? (Ctrl+Shift+D)</source>
        <translation>Chậm ở đâu, ai đang quá tải? (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodic &amp;report…</source>
        <translation>Báo cáo định &amp;kỳ…</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%1 — %n petition(s); choose a saved view to see it whole.</source>
        <translation>
            <numerusform>%1 — %n PAKN; chọn một danh mục để xem toàn bộ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pakn::OutboxModel</name>
    <message>
        <location filename="../models/outboxmodel.cpp" line="+104"/>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Will try again at %1 (%2)</source>
        <translation>Sẽ thử lại lúc %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on the server meanwhile; resolve it, then retry or drop it. %1</source>
        <translation>Đã có thay đổi trên máy chủ trong lúc đó; hãy xử lý xung đột rồi gửi lại hoặc hủy. %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Petition</source>
        <translation>Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>Trong hàng chờ</translation>
    </message>
</context>
<context>
    <name>pakn::OutboxPanel</name>
    <message>
        <location filename="../ui/outboxpanel.cpp" line="+16"/>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>Gửi &amp;lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actions waiting to be sent</source>
        <translation>Các thao tác đang chờ gửi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry the chosen action</source>
        <translation>Gửi lại thao tác đã chọn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop the chosen action</source>
        <translation>Hủy thao tác đã chọn</translation>
    </message>
</context>
<context>
    <name>pakn::PetitionActions</name>
    <message>
        <location filename="../ui/petitionactions.cpp" line="+13"/>
        <source>Actions</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions on the petition</source>
        <translation>Các thao tác với phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing to do here for your role at this step.</source>
        <translation>Ở bước này, vai trò của bạn không có thao tác nào.</translation>
    </message>
</context>
<context>
    <name>pakn::PetitionDetailView</name>
    <message>
        <location filename="../ui/petitiondetailview.cpp" line="+73"/>
        <source>Petition details</source>
        <translation>Chi tiết phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Petition title</source>
        <translation>Tiêu đề phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Petition code and kind</source>
        <translation>Mã và loại phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the deadline was computed</source>
        <translation>Cách tính hạn xử lý</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Petition content</source>
        <translation>Nội dung phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolve…</source>
        <translation>Xử lý…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The citizen&apos;s files</source>
        <translation>Tệp đính kèm của người phản ánh</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Timeline</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Internal notes</source>
        <translation>Ghi chú nội bộ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal notes (not shown to the citizen)</source>
        <translation>Ghi chú nội bộ (không hiển thị cho người phản ánh)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Văn bản trả lời</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Transfer for handling</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording the result</source>
        <translation>Cập nhật kết quả trả lời</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: by %2. %3</source>
        <translation>%1: hạn %2. %3</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n action(s) of yours could not be applied: the petition changed on the server meanwhile. Nothing is lost until you choose what to keep.</source>
        <translation>
            <numerusform>%n thao tác của đồng chí chưa được áp dụng vì PAKN đã thay đổi trên máy chủ trong lúc đó. Không có nội dung nào bị mất cho đến khi đồng chí chọn bản cần giữ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select a petition to see it here.</source>
        <translation>Chọn một phản ánh, kiến nghị để xem chi tiết tại đây.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The deadline set by the service, %1, is the one that counts.</source>
        <translation>Hạn xử lý do hệ thống xác định, %1, là hạn có hiệu lực.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitter</source>
        <translation>Người phản ánh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>officials&apos; conduct</source>
        <translation>hành vi hành chính</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an administrative regulation</source>
        <translation>quy định hành chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within our competence</source>
        <translation>thuộc thẩm quyền</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another agency&apos;s competence</source>
        <translation>thuộc thẩm quyền cơ quan khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not assigned</source>
        <translation>chưa phân công</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not accepted because</source>
        <translation>Lý do không tiếp nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the deadline is counted: %1</source>
        <translation>Cách tính hạn: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each step:</source>
        <translation>Thời hạn từng bước:</translation>
    </message>
</context>
<context>
    <name>pakn::PetitionListModel</name>
    <message>
        <location filename="../models/petitionlistmodel.cpp" line="+382"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitter</source>
        <translation>Người phản ánh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
</context>
<context>
    <name>pakn::PetitionListView</name>
    <message>
        <location filename="../ui/petitionlistview.cpp" line="-94"/>
        <source>Petitions</source>
        <translation>Danh sách phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click to sort; right-click to choose columns</source>
        <translation>Bấm để sắp xếp; bấm chuột phải để chọn cột</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show columns</source>
        <translation>Hiện các cột</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reset columns</source>
        <translation>Khôi phục cột mặc định</translation>
    </message>
</context>
<context>
    <name>pakn::ProcedureLabel</name>
    <message>
        <location filename="../ui/procedurelabel.cpp" line="+7"/>
        <source>Procedure or regulation</source>
        <translation>Thủ tục, quy định</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not stated</source>
        <translation>không nêu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (procedure code %2)</source>
        <translation>%1 (mã thủ tục %2)</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyChecks</name>
    <message>
        <location filename="../ui/replyeditorchecks.cpp" line="+18"/>
        <source>Write the subject line.</source>
        <translation>Nhập trích yếu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the body of the reply.</source>
        <translation>Nhập nội dung văn bản trả lời.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the signer.</source>
        <translation>Nhập người ký.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the signer&apos;s position.</source>
        <translation>Nhập chức vụ người ký.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number and symbol may be at most 100 characters.</source>
        <translation>Số, ký hiệu văn bản tối đa 100 ký tự.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signer and the position may be at most 200 characters each.</source>
        <translation>Người ký và chức vụ mỗi mục tối đa 200 ký tự.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subject line may be at most 1,000 characters.</source>
        <translation>Trích yếu tối đa 1.000 ký tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The body may be at most 100,000 characters.</source>
        <translation>Nội dung tối đa 100.000 ký tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply has more files than the service accepts.</source>
        <translation>Văn bản trả lời có nhiều tệp đính kèm hơn mức hệ thống cho phép.</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyEditor</name>
    <message>
        <location filename="../ui/replyeditor.cpp" line="+69"/>
        <source>Use template</source>
        <translation>Dùng mẫu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview…</source>
        <translation>Xem trước…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save draft on the server</source>
        <translation>Lưu dự thảo lên máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval…</source>
        <translation>Trình duyệt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply editor</source>
        <translation>Soạn văn bản trả lời</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>e.g. 125/UBND-VP</source>
        <translation>ví dụ: 125/UBND-VP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set when approved</source>
        <translation>ghi khi phê duyệt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Vice Chairman</source>
        <translation>ví dụ: Phó Chủ tịch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply template</source>
        <translation>Mẫu văn bản trả lời</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill the subject line and the body from the template (Ctrl+Z undoes it)</source>
        <translation>Điền trích yếu và nội dung theo mẫu (Ctrl+Z để hoàn tác)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body of the reply</source>
        <translation>Nội dung văn bản trả lời</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold</source>
        <translation>Chữ đậm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic</source>
        <translation>Chữ nghiêng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted list</source>
        <translation>Danh sách gạch đầu dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list</source>
        <translation>Danh sách đánh số</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+7"/>
        <source>Issue date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+7"/>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+7"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+7"/>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>Subject line</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply on the server changed after this draft was started.</source>
        <translation>Văn bản trả lời trên máy chủ đã thay đổi sau khi bản nháp này được soạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the server&apos;s version</source>
        <translation>Dùng bản trên máy chủ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Files (drop them here)</source>
        <translation>Tệp đính kèm (kéo thả vào đây)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Your draft saved on this computer at %1 was restored.</source>
        <translation>Đã khôi phục bản nháp lưu trên máy này lúc %1.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The draft could not be saved on this computer: %1</source>
        <translation>Không lưu được bản nháp trên máy này: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft saved on this computer at %1.</source>
        <translation>Đã lưu bản nháp trên máy này lúc %1.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The draft is queued to be saved on the server.</source>
        <translation>Dự thảo đã được đưa vào hàng chờ để lưu lên máy chủ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before submitting: %1</source>
        <translation>Trước khi trình duyệt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submit for approval</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reply is queued to be submitted for approval.</source>
        <translation>Văn bản trả lời đã được đưa vào hàng chờ để trình duyệt.</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyPreviewDialog</name>
    <message>
        <location filename="../ui/replyeditorpreview.cpp" line="+36"/>
        <source>(date set when approved)</source>
        <translation>(ngày ghi khi phê duyệt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.: %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not numbered yet)</source>
        <translation>(chưa cấp số)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hà Nội, %1</source>
        <translation>Hà Nội, ngày %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To:</source>
        <translation>Kính gửi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In reply to petition %1: %2</source>
        <translation>Trả lời phản ánh, kiến nghị %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attached files:</source>
        <translation>Tệp đính kèm:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the citizen will see</source>
        <translation>Nội dung người phản ánh sẽ nhận được</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply as the citizen will see it</source>
        <translation>Văn bản trả lời như người phản ánh sẽ thấy</translation>
    </message>
</context>
<context>
    <name>pakn::ReportDialog</name>
    <message>
        <location filename="../ui/reportdialog.cpp" line="+22"/>
        <source>Periodic report</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date range</source>
        <translation>Khoảng ngày</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A period runs from this day of the previous period&apos;s last month to the day before it in its own last month (1: calendar periods)</source>
        <translation>Kỳ báo cáo tính từ ngày này của tháng cuối kỳ trước đến ngày liền trước trong tháng cuối kỳ (1: theo lịch)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Difficulties, causes and proposals — included in the report as written.</source>
        <translation>Khó khăn, vướng mắc, nguyên nhân và đề xuất — đưa vào báo cáo đúng như đã nhập.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Số thứ tự kỳ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cut-off day:</source>
        <translation>Ngày &amp;chốt số liệu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;XLSX…</source>
        <translation>Xuất &amp;XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Choose a valid period: the start must not be after the end.</source>
        <translation>Hãy chọn kỳ hợp lệ: ngày bắt đầu không được sau ngày kết thúc.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing…</source>
        <translation>Đang tổng hợp…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n unit(s).</source>
        <translation>
            <numerusform>%n đơn vị.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report was not exported</source>
        <translation>Chưa xuất được báo cáo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
</context>
<context>
    <name>pakn::SavedViewModel</name>
    <message>
        <location filename="../models/savedviewmodel.cpp" line="+121"/>
        <source>%1: counting…</source>
        <translation>%1: đang đếm…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n petition(s)</source>
        <translation>
            <numerusform>%1: %n phản ánh, kiến nghị</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>View</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
</context>
<context>
    <name>pakn::SavedViewsPane</name>
    <message>
        <location filename="../ui/savedviewspane.cpp" line="+28"/>
        <source>Saved views</source>
        <translation>Bộ lọc đã lưu</translation>
    </message>
</context>
<context>
    <name>pakn::SecretStore</name>
    <message>
        <location filename="../core/net/secretstore.cpp" line="+11"/>
        <source>The system keychain refused: %1 (%2)</source>
        <translation>Kho khóa của hệ thống từ chối: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pakn::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+22"/>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Petitions due soon or overdue</source>
        <translation>Phản ánh, kiến nghị sắp đến hạn, quá hạn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+104"/>
        <source>Organisation CA file</source>
        <translation>Tệp CA của cơ quan</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Only if your IT department gave you one</source>
        <translation>Chỉ khi bộ phận công nghệ thông tin cung cấp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the organisation CA file</source>
        <translation>Chọn tệp CA của cơ quan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync interval in minutes</source>
        <translation>Chu kỳ đồng bộ (phút)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (only when asked)</source>
        <translation>Tắt (chỉ khi yêu cầu)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation &amp;CA file:</source>
        <translation>Tệp &amp;CA của cơ quan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync &amp;every:</source>
        <translation>Đồng &amp;bộ mỗi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop &amp;notifications:</source>
        <translation>&amp;Thông báo trên màn hình:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server and CA file are used at the next sign-in; to change server now, use Account → Switch server.</source>
        <translation>Máy chủ và tệp CA được dùng từ lần đăng nhập sau; để đổi máy chủ ngay, dùng Tài khoản → Đổi máy chủ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Chứng thư số (*.pem *.crt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System default follows this computer&apos;s language: English when it prefers English, otherwise Vietnamese.</source>
        <translation>“Theo hệ thống” dùng ngôn ngữ của máy tính: tiếng Anh nếu máy ưu tiên tiếng Anh, còn lại là tiếng Việt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language applies after PAKN Desk is restarted.</source>
        <translation>Ngôn ngữ mới có hiệu lực sau khi khởi động lại PAKN Desk.</translation>
    </message>
</context>
<context>
    <name>pakn::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="+16"/>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>pakn::SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="+21"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to PAKN Desk</source>
        <translation>Đăng nhập PAKN Desk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only if your IT department gave you one</source>
        <translation>Chỉ khi bộ phận CNTT cung cấp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>Organisation CA file</source>
        <translation>Tệp CA của cơ quan</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation &amp;CA file:</source>
        <translation>Tệp &amp;CA của cơ quan:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Feedback and recommendations on administrative regulations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phản ánh, kiến nghị về quy định hành chính&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your user name and password.</source>
        <translation>Hãy nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Chứng thư (*.pem *.crt);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>pakn::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+64"/>
        <location line="+8"/>
        <source>Synchronisation was cancelled.</source>
        <translation>Đã hủy đồng bộ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed out</source>
        <translation>Đã đăng xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Synchronising…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Synchronising… sending %1 of %2 queued actions</source>
        <translation>Đang đồng bộ… đang gửi thao tác %1/%2 trong hàng chờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not update the outbox.</source>
        <translation>Không cập nhật được hộp thư đi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The attached files cannot be read: no local attachment folder.</source>
        <translation>Không đọc được các tệp đính kèm: không có thư mục tệp đính kèm trên máy.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+126"/>
        <location line="+51"/>
        <location line="+46"/>
        <location line="+23"/>
        <source>Could not save to the local cache: %1</source>
        <translation>Không lưu được vào dữ liệu đệm cục bộ: %1</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>The action &quot;%1&quot; on petition %2 was not sent: the petition is no longer in your unit&apos;s scope (it was transferred, or withdrawn). The action was removed from the outbox.</source>
        <translation>Thao tác &quot;%1&quot; đối với phản ánh, kiến nghị %2 chưa được gửi: phản ánh, kiến nghị này không còn thuộc phạm vi của đơn vị bạn (đã được chuyển hoặc rút lại). Thao tác đã được xóa khỏi hộp thư đi.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Synchronising… receiving %1 of %2 petitions</source>
        <translation>Đang đồng bộ… đang nhận PAKN %1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Synchronising… %n records received</source>
        <translation>
            <numerusform>Đang đồng bộ… đã nhận %n bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Synchronising… preparing the lists</source>
        <translation>Đang đồng bộ… đang chuẩn bị danh sách</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Synchronising… building the search index</source>
        <translation>Đang đồng bộ… đang lập chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Up to date</source>
        <translation>Đã cập nhật đầy đủ</translation>
    </message>
</context>
<context>
    <name>pakn::SyncMark</name>
    <message>
        <location filename="../models/syncmark.cpp" line="+20"/>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being sent</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the server: open the outbox</source>
        <translation>Máy chủ từ chối: mở hộp thư đi để xem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In conflict with a newer version: open the outbox</source>
        <translation>Xung đột với phiên bản mới hơn: mở hộp thư đi để xem</translation>
    </message>
</context>
<context>
    <name>pakn::SyncStatusWidget</name>
    <message>
        <location filename="../ui/syncstatuswidget.cpp" line="+19"/>
        <source>Sync status</source>
        <translation>Tình trạng đồng bộ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync progress</source>
        <translation>Tiến độ đồng bộ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last successful sync</source>
        <translation>Lần đồng bộ thành công gần nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands waiting to be sent; opens the outbox</source>
        <translation>Các thao tác đang chờ gửi; bấm để mở hộp thư đi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the outbox</source>
        <translation>Mở hộp thư đi</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing</source>
        <translation>Đang đồng bộ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out</source>
        <translation>Đã đăng xuất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync error</source>
        <translation>Lỗi đồng bộ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last sync %1</source>
        <translation>Đồng bộ lần cuối %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outbox empty</source>
        <translation>Hộp thư đi trống</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln waiting to be sent</source>
        <translation>
            <numerusform>%Ln thao tác chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln waiting, %2 need you</source>
        <translation>
            <numerusform>%Ln đang chờ, %2 cần bạn xử lý</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pakn::TimelineModel</name>
    <message>
        <location filename="../models/timelinemodel.cpp" line="+44"/>
        <source>Submitted</source>
        <translation>Gửi phản ánh</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>to %1</source>
        <translation>tới %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field: %1</source>
        <translation>lĩnh vực: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason: %1</source>
        <translation>lý do: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the citizen</source>
        <translation>người phản ánh</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>pakn::TimelineView</name>
    <message>
        <location filename="../ui/timelineview.cpp" line="+32"/>
        <source>Nothing yet.</source>
        <translation>Chưa có.</translation>
    </message>
</context>
</TS>
