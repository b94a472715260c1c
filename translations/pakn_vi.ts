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
        <location filename="../app/options.cpp" line="+14"/>
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
        <source>User interface language: vi or en.</source>
        <translation>Ngôn ngữ giao diện: vi hoặc en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in (password from PAKN_PASSWORD), sync, save the main window as a PNG and exit.</source>
        <translation>Đăng nhập (mật khẩu lấy từ PAKN_PASSWORD), đồng bộ, lưu cửa sổ chính thành ảnh PNG rồi thoát.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../core/store/petitionquery.cpp" line="+45"/>
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
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Returned to me</source>
        <translation>Bị trả lại cho tôi</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+1"/>
        <source>Published</source>
        <translation>Đã công khai</translation>
    </message>
</context>
<context>
    <name>pakn::AccountController</name>
    <message>
        <location filename="../core/sync/accountcontroller.cpp" line="+123"/>
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
        <location line="+28"/>
        <source>The local cache was damaged. It was kept as %1, and a new one is being filled from the server.</source>
        <translation>Dữ liệu đệm cục bộ bị hỏng. Tệp cũ được giữ lại tại %1 và dữ liệu mới đang được tải lại từ máy chủ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sign-in could not be kept in the system keychain (%1): the password will be needed at the next start.</source>
        <translation>Không lưu được phiên đăng nhập vào kho khóa của hệ thống (%1): lần khởi động sau sẽ cần nhập mật khẩu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your session has ended. Sign in again.</source>
        <translation>Phiên làm việc đã kết thúc. Hãy đăng nhập lại.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your session has ended. Sign in again; nothing you queued is lost.</source>
        <translation>Phiên làm việc đã kết thúc. Hãy đăng nhập lại; các thao tác đang chờ gửi không bị mất.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not signed in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The petition is no longer in the local cache.</source>
        <translation>Phản ánh, kiến nghị này không còn trong dữ liệu đệm cục bộ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not store the action: %1</source>
        <translation>Không lưu được thao tác: %1</translation>
    </message>
</context>
<context>
    <name>pakn::ApiClient</name>
    <message>
        <location filename="../core/net/apiclient.cpp" line="+37"/>
        <location line="+213"/>
        <source>The server sent an answer this version cannot read (%1).</source>
        <translation>Máy chủ trả về dữ liệu mà phiên bản này không đọc được (%1).</translation>
    </message>
    <message>
        <location line="-194"/>
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
        <location line="+141"/>
        <source>The server&apos;s answer was not valid JSON (%1 at byte %2).</source>
        <translation>Dữ liệu máy chủ trả về không phải JSON hợp lệ (%1 tại byte %2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server refused the request (%1): %2</source>
        <translation>Máy chủ từ chối yêu cầu (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>Máy chủ trả lời với mã HTTP %1.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+7"/>
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
        <location line="+84"/>
        <source>%1 this petition?</source>
        <translation>%1 phản ánh, kiến nghị này?</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../ui/petitionlistview.cpp" line="+106"/>
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
    <name>pakn::FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+46"/>
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
        <location line="+83"/>
        <source>%Ln petition(s)</source>
        <translation>
            <numerusform>%Ln phản ánh, kiến nghị</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../ui/mainwindowmenus.cpp" line="+41"/>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+67"/>
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
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a petition you may add a note to first.</source>
        <translation>Hãy chọn trước một phản ánh, kiến nghị mà bạn được phép ghi chú.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Petition</source>
        <translation>&amp;Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <source>Choose columns (on the list&apos;s header)</source>
        <translation>Chọn cột (trên tiêu đề danh sách)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>Phím Menu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+26"/>
        <source>Signed-in user</source>
        <translation>Người dùng đang đăng nhập</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Queued; it is sent at the next sync.</source>
        <translation>Đã đưa vào hàng chờ; sẽ được gửi ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The action was not queued</source>
        <translation>Thao tác chưa được đưa vào hàng chờ</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAKN Desk — %1</source>
        <translation>PAKN Desk — %1</translation>
    </message>
    <message>
        <location line="+126"/>
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
</context>
<context>
    <name>pakn::OutboxModel</name>
    <message>
        <location filename="../models/outboxmodel.cpp" line="+75"/>
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
        <location filename="../ui/petitiondetailview.cpp" line="+37"/>
        <source>Petition details</source>
        <translation>Chi tiết phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+81"/>
        <source>Select a petition to see it here.</source>
        <translation>Chọn một phản ánh, kiến nghị để xem chi tiết tại đây.</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+1"/>
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
        <source>How the deadline is counted: %1</source>
        <translation>Cách tính hạn: %1</translation>
    </message>
</context>
<context>
    <name>pakn::PetitionListModel</name>
    <message>
        <location filename="../models/petitionlistmodel.cpp" line="+237"/>
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
        <location filename="../ui/petitionlistview.cpp" line="-82"/>
        <source>Petitions</source>
        <translation>Danh sách phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click to sort; right-click to choose columns</source>
        <translation>Bấm để sắp xếp; bấm chuột phải để chọn cột</translation>
    </message>
    <message>
        <location line="+90"/>
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
    <name>pakn::SavedViewModel</name>
    <message numerus="yes">
        <location filename="../models/savedviewmodel.cpp" line="+101"/>
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
        <location line="+81"/>
        <source>Organisation CA file</source>
        <translation>Tệp CA của cơ quan</translation>
    </message>
    <message>
        <location line="-74"/>
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
        <location line="+1"/>
        <source>Organisation &amp;CA file:</source>
        <translation>Tệp &amp;CA của cơ quan:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Feedback and recommendations on administrative regulations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phản ánh, kiến nghị về quy định hành chính&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location filename="../core/sync/syncengine.cpp" line="+29"/>
        <source>Signed out</source>
        <translation>Đã đăng xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Synchronising…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not update the outbox.</source>
        <translation>Không cập nhật được hộp thư đi.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+68"/>
        <location line="+33"/>
        <source>Could not save to the local cache: %1</source>
        <translation>Không lưu được vào dữ liệu đệm cục bộ: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Synchronising… %n records received</source>
        <translation>
            <numerusform>Đang đồng bộ… đã nhận %n bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Up to date</source>
        <translation>Đã cập nhật đầy đủ</translation>
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
</TS>
