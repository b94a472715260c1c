<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Calendar</name>
    <message>
        <location filename="../core/calendar/holidayrules.cpp" line="+16" />
        <source>New Year's Day</source>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lunar New Year (Tết)</source>
        <translation>Tết Âm lịch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hùng Kings' Commemoration Day</source>
        <translation>Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Victory Day</source>
        <translation>Ngày Chiến thắng (30/4)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>International Labour Day</source>
        <translation>Ngày Quốc tế Lao động (1/5)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>National Day</source>
        <translation>Quốc khánh</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Weekend</source>
        <translation>Ngày nghỉ hằng tuần</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Compensatory day off for %1</source>
        <translation>Nghỉ bù %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Extra day off</source>
        <translation>Ngày nghỉ thêm</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Outside the supported calendar range</source>
        <translation>Ngoài phạm vi lịch được hỗ trợ</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../core/domain/channel.cpp" line="+18" />
        <source>National portal</source>
        <translation>Cổng DVC quốc gia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Post</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../core/domain/workflow.cpp" line="+18" />
        <source>Receive</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject</source>
        <translation>Không tiếp nhận</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classify</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Transfer for handling</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward outside the city</source>
        <translation>Chuyển cơ quan khác</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assign</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add internal note</source>
        <translation>Thêm ghi chú nội bộ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Post progress update</source>
        <translation>Cập nhật tiến độ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save reply</source>
        <translation>Lưu dự thảo trả lời</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submit for approval</source>
        <translation>Trình lãnh đạo duyệt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Return with comment</source>
        <translation>Trả lại kèm ý kiến</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Publish</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send back for rework</source>
        <translation>Trả lại để xử lý lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../core/calendar/deadlinepolicy.cpp" line="+56" />
        <source>receipt</source>
        <translation>ngày tiếp nhận</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the result</source>
        <translation>ngày có kết quả</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the last progress update</source>
        <translation>lần cập nhật tiến độ gần nhất</translation>
    </message>
    <message numerus="yes">
        <location line="+51" />
        <source>%n weekend day(s)</source>
        <translation>
            <numerusform>%n ngày nghỉ hằng tuần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n working day(s) from %1 (%2), not counting that day</source>
        <translation>
            <numerusform>%n ngày làm việc kể từ %1 (%2), không tính ngày đó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n calendar day(s) from %1 (%2), not counting that day</source>
        <translation>
            <numerusform>%n ngày kể từ %1 (%2), không tính ngày đó</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>; the last day, %1, is a day off, so the period ends on the next working day</source>
        <translation>; ngày cuối cùng, %1, là ngày nghỉ nên thời hạn kết thúc vào ngày làm việc tiếp theo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>; skipped: %1</source>
        <translation>; không tính: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; due %1.</source>
        <translation>; hạn là %1.</translation>
    </message>
    <message>
        <location line="+134" />
        <source>The deadline cannot be computed: the calendar covers %1 to %2 only.</source>
        <translation>Không tính được hạn: lịch chỉ bao gồm từ %1 đến %2.</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <location filename="../app/options.cpp" line="+14" />
        <source>PAKN Desk: handle citizens' feedback and recommendations on administrative regulations.</source>
        <translation>PAKN Desk: xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Petition service address (https).</source>
        <translation>Địa chỉ dịch vụ PAKN (https).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>PEM file of a CA to trust in addition to the system's.</source>
        <translation>Tệp PEM của CA được tin cậy thêm ngoài các CA của hệ thống.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>User name to fill in.</source>
        <translation>Tên đăng nhập điền sẵn.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Folder for the local caches (default: the user's data folder).</source>
        <translation>Thư mục chứa dữ liệu đệm cục bộ (mặc định: thư mục dữ liệu của người dùng).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>User interface language: vi or en.</source>
        <translation>Ngôn ngữ giao diện: vi hoặc en.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign in (password from PAKN_PASSWORD), sync, save the main window as a PNG and exit.</source>
        <translation>Đăng nhập (mật khẩu lấy từ PAKN_PASSWORD), đồng bộ, lưu cửa sổ chính thành ảnh PNG rồi thoát.</translation>
    </message>
</context>
<context>
    <name>PetitionKind</name>
    <message>
        <location filename="../core/domain/channel.cpp" line="+11" />
        <source>Feedback</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
</context>
<context>
    <name>PetitionState</name>
    <message>
        <location filename="../core/domain/petitionstate.cpp" line="+23" />
        <source>Awaiting receipt</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not accepted</source>
        <translation>Không tiếp nhận</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classified</source>
        <translation>Đã phân loại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Transferred for handling</source>
        <translation>Đã chuyển xử lý</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forwarded outside the city</source>
        <translation>Chuyển cơ quan khác</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Awaiting approval</source>
        <translation>Chờ lãnh đạo duyệt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replied</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent back for rework</source>
        <translation>Trả lại, xử lý lại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Published</source>
        <translation>Đã công khai</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../core/domain/role.cpp" line="+18" />
        <source>Handling officer</source>
        <translation>Chuyên viên xử lý</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Focal officer</source>
        <translation>Công chức đầu mối KSTTHC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit leader</source>
        <translation>Lãnh đạo đơn vị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City office</source>
        <translation>Văn phòng UBND Thành phố</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <location filename="../core/store/petitionquery.cpp" line="+45" />
        <source>All cached</source>
        <translation>Tất cả (đã lưu trên máy)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned to me</source>
        <translation>Được giao cho tôi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>To receive</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <location line="+2" />
        <source>To assign</source>
        <translation>Chờ phân công</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Awaiting my approval</source>
        <translation>Chờ tôi duyệt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Returned to me</source>
        <translation>Bị trả lại cho tôi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Drafts</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Outbox (pending sync)</source>
        <translation>Hộp thư đi (chờ đồng bộ)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All in my unit</source>
        <translation>Tất cả của đơn vị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Published</source>
        <translation>Đã công khai</translation>
    </message>
</context>
<context>
    <name>pakn::AccountController</name>
    <message>
        <location filename="../core/sync/accountcontroller.cpp" line="+92" />
        <source>The user name or password is wrong.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot open the local cache: %1</source>
        <translation>Không mở được dữ liệu đệm cục bộ: %1</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Not signed in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The petition is no longer in the local cache.</source>
        <translation>Phản ánh, kiến nghị này không còn trong dữ liệu đệm cục bộ.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not store the action: %1</source>
        <translation>Không lưu được thao tác: %1</translation>
    </message>
</context>
<context>
    <name>pakn::ApiClient</name>
    <message>
        <location filename="../core/net/apiclient.cpp" line="+37" />
        <source>The server sent an answer this version cannot read (%1).</source>
        <translation>Máy chủ trả về dữ liệu mà phiên bản này không đọc được (%1).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Cannot read the CA file %1: %2</source>
        <translation>Không đọc được tệp CA %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Tệp CA %1 không chứa chứng thư PEM nào.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The server address is not a valid URL.</source>
        <translation>Địa chỉ máy chủ không phải là URL hợp lệ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server address must start with https:// — PAKN Desk never sends data unencrypted.</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng https:// — PAKN Desk không bao giờ gửi dữ liệu không mã hóa.</translation>
    </message>
    <message>
        <location line="+90" />
        <source>The server's answer was not valid JSON (%1 at byte %2).</source>
        <translation>Dữ liệu máy chủ trả về không phải JSON hợp lệ (%1 tại byte %2).</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The server refused the request (%1): %2</source>
        <translation>Máy chủ từ chối yêu cầu (%1): %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server answered with HTTP status %1.</source>
        <translation>Máy chủ trả lời với mã HTTP %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server's certificate is not trusted, so PAKN Desk did not connect: %1. Ask your IT department for the organisation's CA file and set it in the sign-in settings.</source>
        <translation>Chứng thư của máy chủ không được tin cậy nên PAKN Desk không kết nối: %1. Hãy đề nghị bộ phận CNTT cung cấp tệp CA của cơ quan và khai báo ở màn hình đăng nhập.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server did not answer within %1 seconds.</source>
        <translation>Máy chủ không trả lời trong vòng %1 giây.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot reach the server: %1</source>
        <translation>Không kết nối được máy chủ: %1</translation>
    </message>
</context>
<context>
    <name>pakn::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+31" />
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PAKN Desk</source>
        <translation>PAKN Desk</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Petitions</source>
        <translation>Danh sách PAKN</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Fetch the latest changes from the server (F5)</source>
        <translation>Lấy các thay đổi mới nhất từ máy chủ (F5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Main</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PAKN Desk — %1</source>
        <translation>PAKN Desk — %1</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Syncing</source>
        <translation>Đang đồng bộ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signed out</source>
        <translation>Đã đăng xuất</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sync error</source>
        <translation>Lỗi đồng bộ</translation>
    </message>
</context>
<context>
    <name>pakn::PetitionDetailView</name>
    <message>
        <location filename="../ui/petitiondetailview.cpp" line="+43" />
        <source>Petition content</source>
        <translation>Nội dung phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Select a petition to see it here.</source>
        <translation>Chọn một phản ánh, kiến nghị để xem chi tiết tại đây.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location line="+0" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submitter</source>
        <translation>Người phản ánh</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not assigned</source>
        <translation>chưa phân công</translation>
    </message>
</context>
<context>
    <name>pakn::PetitionListModel</name>
    <message>
        <location filename="../models/petitionlistmodel.cpp" line="+105" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>pakn::SecretStore</name>
    <message>
        <location filename="../core/net/secretstore.cpp" line="+11" />
        <source>The system keychain refused: %1 (%2)</source>
        <translation>Kho khóa của hệ thống từ chối: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pakn::SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="+21" />
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in to PAKN Desk</source>
        <translation>Đăng nhập PAKN Desk</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Only if your IT department gave you one</source>
        <translation>Chỉ khi bộ phận CNTT cung cấp</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+81" />
        <source>Organisation CA file</source>
        <translation>Tệp CA của cơ quan</translation>
    </message>
    <message>
        <location line="-74" />
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation &amp;CA file:</source>
        <translation>Tệp &amp;CA của cơ quan:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Feedback and recommendations on administrative regulations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phản ánh, kiến nghị về quy định hành chính&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Enter your user name and password.</source>
        <translation>Hãy nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Chứng thư (*.pem *.crt);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>pakn::SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+28" />
        <source>Signed out</source>
        <translation>Đã đăng xuất</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not signed in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Synchronising…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Could not update the outbox.</source>
        <translation>Không cập nhật được hộp thư đi.</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+64" />
        <source>Could not save to the local cache: %1</source>
        <translation>Không lưu được vào dữ liệu đệm cục bộ: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Synchronising… %n records received</source>
        <translation>
            <numerusform>Đang đồng bộ… đã nhận %n bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Up to date</source>
        <translation>Đã cập nhật đầy đủ</translation>
    </message>
</context>
</TS>