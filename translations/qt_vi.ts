<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông cho tất cả</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho tấ&amp;t cả</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Đóng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Giới thiệu Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Giới thiệu Qt&lt;/h3&gt;&lt;p&gt;Chương trình này sử dụng Qt phiên bản %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt là bộ công cụ C++ để phát triển ứng dụng đa nền tảng.&lt;/p&gt;&lt;p&gt;Qt cho phép cùng một mã nguồn chạy trên mọi hệ điều hành máy tính để bàn chính. Qt cũng dùng được cho Linux nhúng và các hệ điều hành nhúng, di động khác.&lt;/p&gt;&lt;p&gt;Qt được cấp phép theo nhiều hình thức để đáp ứng nhu cầu khác nhau của người dùng.&lt;/p&gt;&lt;p&gt;Qt theo giấy phép thương mại phù hợp để phát triển phần mềm độc quyền/thương mại khi bạn không muốn chia sẻ mã nguồn với bên thứ ba hoặc không thể tuân thủ các điều khoản của GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt theo giấy phép GNU (L)GPL phù hợp để phát triển ứng dụng Qt&amp;nbsp;nếu bạn tuân thủ được các điều khoản và điều kiện của giấy phép tương ứng.&lt;/p&gt;&lt;p&gt;Xem tổng quan về cấp phép Qt tại &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Bản quyền (C) %1 The Qt Company Ltd và những người đóng góp khác.&lt;/p&gt;&lt;p&gt;Qt và biểu trưng Qt là nhãn hiệu của The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt là sản phẩm của The Qt Company Ltd, được phát triển dưới dạng dự án mã nguồn mở. Xem thêm thông tin tại &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện cột </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>“%1” đang được bảo vệ chống ghi.
Bạn vẫn muốn xóa?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa “%1”?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Vui lòng kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế tệp này không?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Vui lòng kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích cỡ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Nhập giá trị:</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ghi ra tệp PDF</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Không thể dùng đồng thời hai tùy chọn “Số trang mỗi tờ” và “In các trang”.
Vui lòng tắt một trong hai tùy chọn.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>In ra tệp...</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Vui lòng chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không ghi được vào tệp %1.
Vui lòng chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Thiết lập in hai mặt bị xung đột. Bạn có muốn sửa không?</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Phạm vi trang không hợp lệ</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 không đúng cú pháp. Vui lòng dùng &apos;,&apos; để ngăn cách các trang và khoảng trang, &apos;-&apos; để ghi khoảng trang, và bảo đảm các khoảng không chồng lên nhau.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Xung đột thiết lập in hai mặt</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Xem tổng quan tất cả các trang</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Xem từng trang</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Xem hai trang đối diện</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Chiều rộng:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Thứ tự trang:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Khổ dọc ngược</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Điểm (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Số trang mỗi tờ:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Khổ ngang ngược</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Chiều cao:</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Một số tùy chọn bị xung đột. Vui lòng sửa lại.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Xung đột tùy chọn nâng cao</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Xung đột thiết lập trang</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Một số tùy chọn nâng cao bị xung đột. Bạn có muốn sửa không?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Các tùy chọn thiết lập trang bị xung đột. Bạn có muốn sửa không?</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Phần đã chọn</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Thiết lập đầu ra</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Đảo ngược thứ tự</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Thang độ xám</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>In theo bộ</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Trang từ</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>In các trang:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Đóng gáy cạnh ngắn</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Nhập các trang hoặc khoảng trang, ngăn cách bằng dấu phẩy. Khoảng trang gồm hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Đóng gáy cạnh dài</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Tệp đầu ra:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Thuộc tín&amp;h</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Cuối:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Trang bìa</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Thời điểm cụ thể</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Thông tin thanh toán:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Hẹn giờ in:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Tuyệt mật</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Đầu:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Cuối tuần (thứ Bảy đến Chủ nhật)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Có độ mật</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Giữ lại vô thời hạn</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>In ngay</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Mức ưu tiên của lệnh in:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Không mật</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Đây là gì?</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Lỗi nghiêm trọng:</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>&amp;Hiện lại thông báo này</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Lỗi nặng:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Thông tin:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Thông báo gỡ lỗi:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Cảnh báo:</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>Cần xác thực để dùng %1 trên %2.</translation>
    </message>
    <message>
        <source>Authentication needed to use %1.</source>
        <translation>Cần xác thực để dùng %1.</translation>
    </message>
    <message>
        <source>Authentication Needed</source>
        <translation>Cần xác thực</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
</context>
<context>
    <name>Print Device Input Slot</name>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
</context>
<context>
    <name>Print Device Output Bin</name>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>A0</source>
        <translation>A0</translation>
    </message>
    <message>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <source>A7</source>
        <translation>A7</translation>
    </message>
    <message>
        <source>A8</source>
        <translation>A8</translation>
    </message>
    <message>
        <source>A9</source>
        <translation>A9</translation>
    </message>
    <message>
        <source>B0</source>
        <translation>B0</translation>
    </message>
    <message>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <source>B2</source>
        <translation>B2</translation>
    </message>
    <message>
        <source>B3</source>
        <translation>B3</translation>
    </message>
    <message>
        <source>B4</source>
        <translation>B4</translation>
    </message>
    <message>
        <source>B5</source>
        <translation>B5</translation>
    </message>
    <message>
        <source>B6</source>
        <translation>B6</translation>
    </message>
    <message>
        <source>B7</source>
        <translation>B7</translation>
    </message>
    <message>
        <source>B8</source>
        <translation>B8</translation>
    </message>
    <message>
        <source>B9</source>
        <translation>B9</translation>
    </message>
    <message>
        <source>A10</source>
        <translation>A10</translation>
    </message>
    <message>
        <source>B10</source>
        <translation>B10</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Letter / ANSI A</source>
        <translation>Letter / ANSI A</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Phong bì Monarch</translation>
    </message>
    <message>
        <source>Architect A</source>
        <translation>Architect A</translation>
    </message>
    <message>
        <source>Architect B</source>
        <translation>Architect B</translation>
    </message>
    <message>
        <source>Architect C</source>
        <translation>Architect C</translation>
    </message>
    <message>
        <source>Architect D</source>
        <translation>Architect D</translation>
    </message>
    <message>
        <source>Architect E</source>
        <translation>Architect E</translation>
    </message>
    <message>
        <source>Letter Extra</source>
        <translation>Letter Extra</translation>
    </message>
    <message>
        <source>Letter Small</source>
        <translation>Letter Small</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>Phong bì You 4</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Phong bì US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Phong bì US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Phong bì US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Phong bì US 14</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Phong bì PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Phong bì PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Phong bì PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Phong bì PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Phong bì PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Phong bì PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Phong bì PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Phong bì PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Phong bì PRC 9</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Phong bì C65</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Phong bì DL</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Phong bì B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Phong bì B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Phong bì B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Phong bì C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Phong bì C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Phong bì C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Phong bì C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Phong bì C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Phong bì C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Phong bì C6</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Phong bì C7</translation>
    </message>
    <message>
        <source>Executive (7.5 x 10 in)</source>
        <translation>Executive (7.5 x 10 in)</translation>
    </message>
    <message>
        <source>ANSI C</source>
        <translation>ANSI C</translation>
    </message>
    <message>
        <source>ANSI D</source>
        <translation>ANSI D</translation>
    </message>
    <message>
        <source>ANSI E</source>
        <translation>ANSI E</translation>
    </message>
    <message>
        <source>A4 Plus</source>
        <translation>A4 Plus</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>JIS B0</source>
        <translation>JIS B0</translation>
    </message>
    <message>
        <source>JIS B1</source>
        <translation>JIS B1</translation>
    </message>
    <message>
        <source>JIS B2</source>
        <translation>JIS B2</translation>
    </message>
    <message>
        <source>JIS B3</source>
        <translation>JIS B3</translation>
    </message>
    <message>
        <source>JIS B4</source>
        <translation>JIS B4</translation>
    </message>
    <message>
        <source>JIS B5</source>
        <translation>JIS B5</translation>
    </message>
    <message>
        <source>JIS B6</source>
        <translation>JIS B6</translation>
    </message>
    <message>
        <source>JIS B7</source>
        <translation>JIS B7</translation>
    </message>
    <message>
        <source>JIS B8</source>
        <translation>JIS B8</translation>
    </message>
    <message>
        <source>JIS B9</source>
        <translation>JIS B9</translation>
    </message>
    <message>
        <source>A3 Extra</source>
        <translation>A3 Extra</translation>
    </message>
    <message>
        <source>PRC 16K</source>
        <translation>PRC 16K</translation>
    </message>
    <message>
        <source>PRC 32K</source>
        <translation>PRC 32K</translation>
    </message>
    <message>
        <source>Quarto</source>
        <translation>Quarto</translation>
    </message>
    <message>
        <source>PRC 32K Big</source>
        <translation>PRC 32K Big</translation>
    </message>
    <message>
        <source>A4 Extra</source>
        <translation>A4 Extra</translation>
    </message>
    <message>
        <source>A4 Small</source>
        <translation>A4 Small</translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translation>Executive (7.25 x 10.5 in)</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Bưu thiếp</translation>
    </message>
    <message>
        <source>Tabloid / ANSI B</source>
        <translation>Tabloid / ANSI B</translation>
    </message>
    <message>
        <source>A5 Extra</source>
        <translation>A5 Extra</translation>
    </message>
    <message>
        <source>B5 Extra</source>
        <translation>B5 Extra</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Phong bì mời</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Phong bì Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Phong bì Chou 4</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Giấy gấp Đức (8.5 x 12 in)</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Phong bì PRC 10</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Phong bì Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Phong bì Kaku 3</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Phong bì US 9</translation>
    </message>
    <message>
        <source>%1 x %2 in</source>
        <translation>%1 x %2 in</translation>
    </message>
    <message>
        <source>Super A</source>
        <translation>Super A</translation>
    </message>
    <message>
        <source>Super B</source>
        <translation>Super B</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Giấy gấp Mỹ (14.875 x 11 in)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Giấy gấp Legal Đức (8.5 x 13 in)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>Tùy chỉnh (%1in x %2in)</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Tùy chỉnh (%1mm x %2mm)</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>Tùy chỉnh (%1CC x %2CC)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>Tùy chỉnh (%1DD x %2DD)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>Tùy chỉnh (%1pc x %2pc)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>Tùy chỉnh (%1pt x %2pt)</translation>
    </message>
    <message>
        <source>Letter Plus</source>
        <translation>Letter Plus</translation>
    </message>
    <message>
        <source>Tabloid Extra</source>
        <translation>Tabloid Extra</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Phong bì Ý</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Bưu thiếp đôi</translation>
    </message>
    <message>
        <source>Legal Extra</source>
        <translation>Legal Extra</translation>
    </message>
    <message>
        <source>Folio (8.27 x 13 in)</source>
        <translation>Folio (8.27 x 13 in)</translation>
    </message>
    <message>
        <source>Ledger / ANSI B</source>
        <translation>Ledger / ANSI B</translation>
    </message>
    <message>
        <source>JIS B10</source>
        <translation>JIS B10</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Phong bì cá nhân</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translation>Lên đầu</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Cuộn tới đây</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Xuống cuối</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Lên một trang</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Sang phải một trang</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Sang mép trái</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Xuống một trang</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Sang trái một trang</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Sang mép phải</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>True</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Sai</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Mở danh sách lựa chọn</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>Alias for --qwindowicon.</source>
        <translation>Tên khác của --qwindowicon.</translation>
    </message>
    <message>
        <source>Alias for --qwindowtitle.</source>
        <translation>Tên khác của --qwindowtitle.</translation>
    </message>
    <message>
        <source>QPA plugin. See QGuiApplication documentation for available options for each plugin.</source>
        <translation>Trình cắm QPA. Xem tài liệu QGuiApplication về các tùy chọn của từng trình cắm.</translation>
    </message>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
    <message>
        <source>Restores the application from an earlier session.</source>
        <translation>Khôi phục ứng dụng từ phiên làm việc trước.</translation>
    </message>
    <message>
        <source>Default window icon.</source>
        <translation>Biểu tượng cửa sổ mặc định.</translation>
    </message>
    <message>
        <source>Instance name according to ICCCM 4.1.2.5.</source>
        <translation>Tên phiên bản chạy theo ICCCM 4.1.2.5.</translation>
    </message>
    <message>
        <source>Disable mouse grabbing (useful in debuggers).</source>
        <translation>Tắt việc giữ chuột (hữu ích khi gỡ lỗi).</translation>
    </message>
    <message>
        <source>Path to the platform plugins.</source>
        <translation>Đường dẫn tới các trình cắm nền tảng.</translation>
    </message>
    <message>
        <source>Title of the first window.</source>
        <translation>Tiêu đề của cửa sổ đầu tiên.</translation>
    </message>
    <message>
        <source>Window geometry for the main window, using the X11-syntax, like 100x100+50+50.</source>
        <translation>Kích thước và vị trí cửa sổ chính theo cú pháp X11, ví dụ 100x100+50+50.</translation>
    </message>
    <message>
        <source>ID of the X11 Visual to use.</source>
        <translation>ID của X11 Visual cần dùng.</translation>
    </message>
    <message>
        <source>Alias for --qwindowgeometry.</source>
        <translation>Tên khác của --qwindowgeometry.</translation>
    </message>
    <message>
        <source>Sets the application&apos;s layout direction to Qt::RightToLeft (debugging helper).</source>
        <translation>Đặt hướng bố cục của ứng dụng thành Qt::RightToLeft (để gỡ lỗi).</translation>
    </message>
    <message>
        <source>Additional plugins to load, can be specified multiple times.</source>
        <translation>Trình cắm bổ sung cần nạp, có thể chỉ định nhiều lần.</translation>
    </message>
    <message>
        <source>Display name, overrides $DISPLAY.</source>
        <translation>Tên màn hình, thay cho $DISPLAY.</translation>
    </message>
    <message>
        <source>Force mouse grabbing (even when running in a debugger).</source>
        <translation>Buộc giữ chuột (kể cả khi chạy trong trình gỡ lỗi).</translation>
    </message>
    <message>
        <source>Platform theme.</source>
        <translation>Giao diện nền tảng.</translation>
    </message>
</context>
<context>
    <name>QAccessibleActionInterface</name>
    <message>
        <source>Press</source>
        <translation>Nhấn</translation>
    </message>
    <message>
        <source>Shows the menu</source>
        <translation>Hiện trình đơn</translation>
    </message>
    <message>
        <source>Scrolls to the left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Goes back a page</source>
        <translation>Lùi lại một trang</translation>
    </message>
    <message>
        <source>Triggers the action</source>
        <translation>Thực hiện thao tác</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Bật/tắt</translation>
    </message>
    <message>
        <source>Toggles the state</source>
        <translation>Đổi trạng thái bật/tắt</translation>
    </message>
    <message>
        <source>Scrolls up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <source>Scrolls down</source>
        <translation>Cuộn xuống</translation>
    </message>
    <message>
        <source>Goes to the next page</source>
        <translation>Sang trang sau</translation>
    </message>
    <message>
        <source>Scrolls to the right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <source>Increase the value</source>
        <translation>Tăng giá trị</translation>
    </message>
    <message>
        <source>Decrease the value</source>
        <translation>Giảm giá trị</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <source>Sets the focus</source>
        <translation>Đặt tiêu điểm</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QFile</name>
    <message>
        <source>Cannot remove source file</source>
        <translation>Không xóa được tệp nguồn</translation>
    </message>
    <message>
        <source>Destination file is the same file.</source>
        <translation>Tệp đích trùng với tệp nguồn.</translation>
    </message>
    <message>
        <source>Cannot open %1 for input</source>
        <translation>Không mở được %1 để đọc</translation>
    </message>
    <message>
        <source>Destination file exists</source>
        <translation>Tệp đích đã tồn tại</translation>
    </message>
    <message>
        <source>Cannot open destination file: %1</source>
        <translation>Không mở được tệp đích: %1</translation>
    </message>
    <message>
        <source>Cannot create %1 for output: %2</source>
        <translation>Không tạo được %1 để ghi: %2</translation>
    </message>
    <message>
        <source>Failure to write block: %1</source>
        <translation>Ghi khối dữ liệu không thành công: %1</translation>
    </message>
    <message>
        <source>Will not rename sequential file using block copy</source>
        <translation>Không đổi tên tệp tuần tự bằng cách sao chép từng khối</translation>
    </message>
    <message>
        <source>Error while renaming: %1</source>
        <translation>Lỗi khi đổi tên: %1</translation>
    </message>
    <message>
        <source>Source file does not exist.</source>
        <translation>Tệp nguồn không tồn tại.</translation>
    </message>
    <message>
        <source>Unable to restore from %1: %2</source>
        <translation>Không khôi phục được từ %1: %2</translation>
    </message>
    <message>
        <source>Cannot open for output: %1</source>
        <translation>Không mở được để ghi: %1</translation>
    </message>
</context>
<context>
    <name>QSaveFile</name>
    <message>
        <source>Filename refers to a directory</source>
        <translation>Tên tệp là một thư mục</translation>
    </message>
    <message>
        <source>Writing canceled by application</source>
        <translation>Ứng dụng đã hủy việc ghi</translation>
    </message>
    <message>
        <source>Existing file %1 is not writable</source>
        <translation>Không ghi được vào tệp %1 đang có</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <source>No such file or directory</source>
        <translation>Không có tệp hoặc thư mục này</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Không có quyền truy cập</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Thiết bị đã hết dung lượng trống</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Lỗi không xác định</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Quá nhiều tệp đang mở</translation>
    </message>
</context>
<context>
    <name>QFileDevice</name>
    <message>
        <source>No file engine available or engine does not support UnMapExtension</source>
        <translation>Không có bộ máy truy cập tệp, hoặc bộ máy không hỗ trợ UnMapExtension</translation>
    </message>
    <message>
        <source>No file engine available</source>
        <translation>Không có bộ máy truy cập tệp</translation>
    </message>
</context>
<context>
    <name>QHttp</name>
    <message>
        <source>Failed to initialize the compression decoder.</source>
        <translation>Không khởi tạo được bộ giải nén.</translation>
    </message>
    <message>
        <source>Data corrupted</source>
        <translation>Dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>Insecure redirect</source>
        <translation>Chuyển hướng không an toàn</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Không tìm thấy máy chủ %1</translation>
    </message>
    <message>
        <source>Unsupported content encoding: %1</source>
        <translation>Kiểu mã hóa nội dung không được hỗ trợ: %1</translation>
    </message>
    <message>
        <source>Decompression failed: %1</source>
        <translation>Giải nén không thành công: %1</translation>
    </message>
    <message>
        <source>Host requires authentication</source>
        <translation>Máy chủ yêu cầu xác thực</translation>
    </message>
    <message>
        <source>Failed to initialize decompression: %1</source>
        <translation>Không khởi tạo được việc giải nén: %1</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Kết nối bị từ chối</translation>
    </message>
    <message>
        <source>Unknown protocol specified</source>
        <translation>Giao thức không xác định</translation>
    </message>
    <message>
        <source>Data downloaded is too large to store</source>
        <translation>Dữ liệu tải về quá lớn, không lưu được</translation>
    </message>
    <message>
        <source>Proxy requires authentication</source>
        <translation>Máy chủ proxy yêu cầu xác thực</translation>
    </message>
    <message>
        <source>The decompressed output exceeds the limits specified by QNetworkRequest::decompressedSafetyCheckThreshold()</source>
        <translation>Dữ liệu sau khi giải nén vượt quá giới hạn đặt bởi QNetworkRequest::decompressedSafetyCheckThreshold()</translation>
    </message>
    <message>
        <source>SSL handshake failed</source>
        <translation>Bắt tay SSL không thành công</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Quá nhiều lần chuyển hướng</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Kết nối đã đóng</translation>
    </message>
</context>
<context>
    <name>QSslSocket</name>
    <message>
        <source>Error creating SSL session: %1</source>
        <translation>Lỗi khi tạo phiên SSL: %1</translation>
    </message>
    <message>
        <source>Error creating SSL session, %1</source>
        <translation>Lỗi khi tạo phiên SSL, %1</translation>
    </message>
    <message>
        <source>Error when setting the elliptic curves (%1)</source>
        <translation>Lỗi khi đặt các đường cong elliptic (%1)</translation>
    </message>
    <message>
        <source>The certificate&apos;s notAfter field contains an invalid time</source>
        <translation>Trường notAfter của chứng thư chứa thời gian không hợp lệ</translation>
    </message>
    <message>
        <source>Expecting QByteArray for %1</source>
        <translation>Cần QByteArray cho %1</translation>
    </message>
    <message>
        <source>Unrecognized command %1 = %2</source>
        <translation>Lệnh không nhận ra được %1 = %2</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Không có lỗi</translation>
    </message>
    <message>
        <source>OCSP responder&apos;s identity cannot be verified</source>
        <translation>Không xác minh được danh tính của máy chủ trả lời OCSP</translation>
    </message>
    <message>
        <source>Error when setting the OpenSSL configuration (%1)</source>
        <translation>Lỗi khi đặt cấu hình OpenSSL (%1)</translation>
    </message>
    <message>
        <source>SSL_CONF_finish() failed</source>
        <translation>SSL_CONF_finish() không thành công</translation>
    </message>
    <message>
        <source>Unable to write data: %1</source>
        <translation>Không ghi được dữ liệu: %1</translation>
    </message>
    <message>
        <source>The basicConstraints path length parameter has been exceeded</source>
        <translation>Đã vượt quá tham số độ dài đường dẫn basicConstraints</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Chứng thư số đã hết hạn</translation>
    </message>
    <message>
        <source>The TLS/SSL connection has been closed</source>
        <translation>Kết nối TLS/SSL đã đóng</translation>
    </message>
    <message>
        <source>Error during SSL handshake: %1</source>
        <translation>Lỗi khi bắt tay SSL: %1</translation>
    </message>
    <message>
        <source>Failed to extract &apos;this update time&apos; from the SingleResponse</source>
        <translation>Không trích xuất được &apos;this update time&apos; từ SingleResponse</translation>
    </message>
    <message>
        <source>Error loading local certificate, %1</source>
        <translation>Lỗi khi nạp chứng thư cục bộ, %1</translation>
    </message>
    <message>
        <source>The certificate is self-signed, and untrusted</source>
        <translation>Chứng thư số tự ký và không được tin cậy</translation>
    </message>
    <message>
        <source>The certificate status response has expired</source>
        <translation>Phản hồi trạng thái chứng thư đã hết hạn</translation>
    </message>
    <message>
        <source>Unable to init SSL Context: %1</source>
        <translation>Không khởi tạo được ngữ cảnh SSL: %1</translation>
    </message>
    <message>
        <source>The peer did not present any certificate</source>
        <translation>Bên kia không xuất trình chứng thư số nào</translation>
    </message>
    <message>
        <source>The certificate&apos;s status is unknown</source>
        <translation>Không rõ trạng thái của chứng thư</translation>
    </message>
    <message>
        <source>The root CA certificate is marked to reject the specified purpose</source>
        <translation>Chứng thư CA gốc được đánh dấu từ chối mục đích này</translation>
    </message>
    <message>
        <source>Invalid or empty cipher list (%1)</source>
        <translation>Danh sách thuật toán mã hóa không hợp lệ hoặc trống (%1)</translation>
    </message>
    <message>
        <source>No certificates could be verified</source>
        <translation>Không xác minh được chứng thư nào</translation>
    </message>
    <message>
        <source>The current candidate issuer certificate was rejected because its issuer name and serial number was present and did not match the authority key identifier of the current certificate</source>
        <translation>Chứng thư của bên cấp đang xét bị từ chối vì tên bên cấp và số sê-ri của nó có mặt nhưng không khớp với định danh khóa của cơ quan cấp trong chứng thư hiện tại</translation>
    </message>
    <message>
        <source>Failed to decode OCSP response</source>
        <translation>Không giải mã được phản hồi OCSP</translation>
    </message>
    <message>
        <source>The root CA certificate is not trusted for this purpose</source>
        <translation>Chứng thư CA gốc không được tin cậy cho mục đích này</translation>
    </message>
    <message>
        <source>The client is not authorized to request OCSP status from this server</source>
        <translation>Máy khách không được phép yêu cầu trạng thái OCSP từ máy chủ này</translation>
    </message>
    <message>
        <source>Wrong value for %1 (%2)</source>
        <translation>Giá trị sai cho %1 (%2)</translation>
    </message>
    <message>
        <source>SSL_CONF_CTX_new() failed</source>
        <translation>SSL_CONF_CTX_new() không thành công</translation>
    </message>
    <message>
        <source>The identity of a certificate in an OCSP response cannot be established</source>
        <translation>Không xác lập được danh tính của một chứng thư trong phản hồi OCSP</translation>
    </message>
    <message>
        <source>Failed to extract basic OCSP response</source>
        <translation>Không trích xuất được phản hồi OCSP cơ bản</translation>
    </message>
    <message>
        <source>Error while setting the minimal protocol version</source>
        <translation>Lỗi khi đặt phiên bản giao thức tối thiểu</translation>
    </message>
    <message>
        <source>The host name did not match any of the valid hosts for this certificate</source>
        <translation>Tên máy chủ không khớp với tên máy chủ hợp lệ nào của chứng thư số này</translation>
    </message>
    <message>
        <source>The root certificate of the certificate chain is self-signed, and untrusted</source>
        <translation>Chứng thư gốc của chuỗi chứng thư số tự ký và không được tin cậy</translation>
    </message>
    <message>
        <source>The peer certificate is blacklisted</source>
        <translation>Chứng thư của bên kia nằm trong danh sách chặn</translation>
    </message>
    <message>
        <source>The certificate signature could not be decrypted</source>
        <translation>Không giải mã được chữ ký của chứng thư</translation>
    </message>
    <message>
        <source>OCSP responder reached an inconsistent internal state</source>
        <translation>Máy chủ trả lời OCSP rơi vào trạng thái nội bộ không nhất quán</translation>
    </message>
    <message>
        <source>The supplied certificate is unsuitable for this purpose</source>
        <translation>Chứng thư được cung cấp không phù hợp với mục đích này</translation>
    </message>
    <message>
        <source>Private key does not certify public key, %1</source>
        <translation>Khóa bí mật không chứng thực khóa công khai, %1</translation>
    </message>
    <message>
        <source>Error creating SSL context (%1)</source>
        <translation>Lỗi khi tạo ngữ cảnh SSL (%1)</translation>
    </message>
    <message>
        <source>Error while setting the maximum protocol version</source>
        <translation>Lỗi khi đặt phiên bản giao thức tối đa</translation>
    </message>
    <message>
        <source>OCSP responder was unable to return a status for the requested certificate</source>
        <translation>Máy chủ trả lời OCSP không trả về được trạng thái của chứng thư được yêu cầu</translation>
    </message>
    <message>
        <source>No OCSP status response found</source>
        <translation>Không tìm thấy phản hồi trạng thái OCSP</translation>
    </message>
    <message>
        <source>TLS certificate unexpectedly changed during renegotiation!</source>
        <translation>Chứng thư TLS bất ngờ thay đổi trong khi thương lượng lại!</translation>
    </message>
    <message>
        <source>OCSP response contains an unexpected number of SingleResponse structures</source>
        <translation>Phản hồi OCSP chứa số cấu trúc SingleResponse không như mong đợi</translation>
    </message>
    <message>
        <source>The issuer certificate could not be found</source>
        <translation>Không tìm thấy chứng thư số của bên cấp</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Lỗi không xác định</translation>
    </message>
    <message>
        <source>Server-side QSslSocket does not support OCSP stapling</source>
        <translation>QSslSocket phía máy chủ không hỗ trợ OCSP stapling</translation>
    </message>
    <message>
        <source>The current candidate issuer certificate was rejected because its subject name did not match the issuer name of the current certificate</source>
        <translation>Chứng thư của bên cấp đang xét bị từ chối vì tên chủ thể của nó không khớp với tên bên cấp trong chứng thư hiện tại</translation>
    </message>
    <message>
        <source>Error while reading: %1</source>
        <translation>Lỗi khi đọc: %1</translation>
    </message>
    <message>
        <source>The certificate&apos;s notBefore field contains an invalid time</source>
        <translation>Trường notBefore của chứng thư chứa thời gian không hợp lệ</translation>
    </message>
    <message>
        <source>Error loading private key, %1</source>
        <translation>Lỗi khi nạp khóa bí mật, %1</translation>
    </message>
    <message>
        <source>No certificate verification store, cannot verify OCSP response</source>
        <translation>Không có kho xác minh chứng thư, không xác minh được phản hồi OCSP</translation>
    </message>
    <message>
        <source>The OCSP status request had invalid syntax</source>
        <translation>Yêu cầu trạng thái OCSP sai cú pháp</translation>
    </message>
    <message>
        <source>Diffie-Hellman parameters are not valid</source>
        <translation>Tham số Diffie-Hellman không hợp lệ</translation>
    </message>
    <message>
        <source>The certificate is not yet valid</source>
        <translation>Chứng thư số chưa có hiệu lực</translation>
    </message>
    <message>
        <source>Client-side sockets do not send OCSP responses</source>
        <translation>Socket phía máy khách không gửi phản hồi OCSP</translation>
    </message>
    <message>
        <source>An error occurred attempting to set %1 to %2</source>
        <translation>Có lỗi khi đặt %1 thành %2</translation>
    </message>
    <message>
        <source>The public key in the certificate could not be read</source>
        <translation>Không đọc được khóa công khai trong chứng thư</translation>
    </message>
    <message>
        <source>The server requires the client to sign the OCSP request in order to construct a response</source>
        <translation>Máy chủ yêu cầu máy khách ký yêu cầu OCSP mới trả lời</translation>
    </message>
    <message>
        <source>One of the CA certificates is invalid</source>
        <translation>Một trong các chứng thư CA không hợp lệ</translation>
    </message>
    <message>
        <source>Cannot provide a certificate with no key</source>
        <translation>Không thể cung cấp chứng thư không có khóa</translation>
    </message>
    <message>
        <source>The signature of the certificate is invalid</source>
        <translation>Chữ ký của chứng thư không hợp lệ</translation>
    </message>
    <message>
        <source>The issuer certificate of a locally looked up certificate could not be found</source>
        <translation>Không tìm thấy chứng thư của bên cấp cho một chứng thư tra cứu trên máy</translation>
    </message>
    <message>
        <source>Attempted to use an unsupported protocol.</source>
        <translation>Đã dùng một giao thức không được hỗ trợ.</translation>
    </message>
    <message>
        <source>Failed to enable OCSP stapling</source>
        <translation>Không bật được OCSP stapling</translation>
    </message>
    <message>
        <source>Unable to decrypt data: %1</source>
        <translation>Không giải mã được dữ liệu: %1</translation>
    </message>
    <message>
        <source>Failed to decode a SingleResponse from OCSP status response</source>
        <translation>Không giải mã được SingleResponse từ phản hồi trạng thái OCSP</translation>
    </message>
    <message>
        <source>TLS initialization failed</source>
        <translation>Khởi tạo TLS không thành công</translation>
    </message>
</context>
<context>
    <name>QNativeSocketEngine</name>
    <message>
        <source>The proxy type is invalid for this operation</source>
        <translation>Loại proxy không hợp lệ cho thao tác này</translation>
    </message>
    <message>
        <source>Network operation timed out</source>
        <translation>Thao tác mạng quá thời gian chờ</translation>
    </message>
    <message>
        <source>The remote host closed the connection</source>
        <translation>Máy ở xa đã đóng kết nối</translation>
    </message>
    <message>
        <source>Invalid socket descriptor</source>
        <translation>Bộ mô tả socket không hợp lệ</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Không tới được máy chủ</translation>
    </message>
    <message>
        <source>Protocol type not supported</source>
        <translation>Loại giao thức không được hỗ trợ</translation>
    </message>
    <message>
        <source>Datagram was too large to send</source>
        <translation>Gói dữ liệu quá lớn, không gửi được</translation>
    </message>
    <message>
        <source>Attempt to use IPv6 socket on a platform with no IPv6 support</source>
        <translation>Dùng socket IPv6 trên nền tảng không hỗ trợ IPv6</translation>
    </message>
    <message>
        <source>Unable to receive a message</source>
        <translation>Không nhận được thông điệp</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Không có quyền truy cập</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Kết nối bị từ chối</translation>
    </message>
    <message>
        <source>Unable to write</source>
        <translation>Không ghi được</translation>
    </message>
    <message>
        <source>Another socket is already listening on the same port</source>
        <translation>Một socket khác đang lắng nghe trên cùng cổng</translation>
    </message>
    <message>
        <source>Unable to send a message</source>
        <translation>Không gửi được thông điệp</translation>
    </message>
    <message>
        <source>The bound address is already in use</source>
        <translation>Địa chỉ gắn kết đang được dùng</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Kết nối quá thời gian chờ</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Lỗi mạng</translation>
    </message>
    <message>
        <source>Unsupported socket operation</source>
        <translation>Thao tác socket không được hỗ trợ</translation>
    </message>
    <message>
        <source>Operation on non-socket</source>
        <translation>Thao tác trên đối tượng không phải socket</translation>
    </message>
    <message>
        <source>Unable to initialize broadcast socket</source>
        <translation>Không khởi tạo được socket phát quảng bá</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Lỗi không xác định</translation>
    </message>
    <message>
        <source>Unable to initialize non-blocking socket</source>
        <translation>Không khởi tạo được socket không chặn</translation>
    </message>
    <message>
        <source>The address is protected</source>
        <translation>Địa chỉ được bảo vệ</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Không tới được mạng</translation>
    </message>
    <message>
        <source>The address is not available</source>
        <translation>Địa chỉ không khả dụng</translation>
    </message>
    <message>
        <source>Temporary error</source>
        <translation>Lỗi tạm thời</translation>
    </message>
    <message>
        <source>Out of resources</source>
        <translation>Hết tài nguyên</translation>
    </message>
</context>
<context>
    <name>QNetworkReplyHttpImpl</name>
    <message>
        <source>No suitable proxy found</source>
        <translation>Không tìm thấy proxy phù hợp</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Thao tác đã bị hủy</translation>
    </message>
</context>
<context>
    <name>QSocks5SocketEngine</name>
    <message>
        <source>Network operation timed out</source>
        <translation>Thao tác mạng quá thời gian chờ</translation>
    </message>
    <message>
        <source>Connection to proxy closed prematurely</source>
        <translation>Kết nối tới proxy bị đóng sớm</translation>
    </message>
    <message>
        <source>Proxy authentication failed: %1</source>
        <translation>Xác thực với proxy không thành công: %1</translation>
    </message>
    <message>
        <source>Proxy authentication failed</source>
        <translation>Xác thực với proxy không thành công</translation>
    </message>
    <message>
        <source>General SOCKSv5 server failure</source>
        <translation>Lỗi chung của máy chủ SOCKSv5</translation>
    </message>
    <message>
        <source>Unknown SOCKSv5 proxy error code 0x%1</source>
        <translation>Mã lỗi proxy SOCKSv5 không xác định 0x%1</translation>
    </message>
    <message>
        <source>Connection not allowed by SOCKSv5 server</source>
        <translation>Máy chủ SOCKSv5 không cho phép kết nối</translation>
    </message>
    <message>
        <source>SOCKSv5 command not supported</source>
        <translation>Lệnh SOCKSv5 không được hỗ trợ</translation>
    </message>
    <message>
        <source>Connection to proxy timed out</source>
        <translation>Kết nối tới proxy quá thời gian chờ</translation>
    </message>
    <message>
        <source>Proxy host not found</source>
        <translation>Không tìm thấy máy chủ proxy</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL đã hết hạn</translation>
    </message>
    <message>
        <source>Address type not supported</source>
        <translation>Loại địa chỉ không được hỗ trợ</translation>
    </message>
    <message>
        <source>Connection to proxy refused</source>
        <translation>Proxy từ chối kết nối</translation>
    </message>
    <message>
        <source>SOCKS version 5 protocol error</source>
        <translation>Lỗi giao thức SOCKS phiên bản 5</translation>
    </message>
</context>
<context>
    <name>QAbstractSocket</name>
    <message>
        <source>Host not found</source>
        <translation>Không tìm thấy máy chủ</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Kết nối bị từ chối</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Kết nối quá thời gian chờ</translation>
    </message>
    <message>
        <source>Trying to connect while connection is in progress</source>
        <translation>Đang kết nối thì lại yêu cầu kết nối</translation>
    </message>
    <message>
        <source>Socket is not connected</source>
        <translation>Socket chưa được kết nối</translation>
    </message>
    <message>
        <source>Socket operation timed out</source>
        <translation>Thao tác socket quá thời gian chờ</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Không tới được mạng</translation>
    </message>
    <message>
        <source>Operation on socket is not supported</source>
        <translation>Thao tác trên socket không được hỗ trợ</translation>
    </message>
</context>
<context>
    <name>QHostInfoAgent</name>
    <message>
        <source>Host not found</source>
        <translation>Không tìm thấy máy chủ</translation>
    </message>
    <message>
        <source>No host name given</source>
        <translation>Chưa có tên máy chủ</translation>
    </message>
    <message>
        <source>Unknown address type</source>
        <translation>Loại địa chỉ không xác định</translation>
    </message>
    <message>
        <source>Invalid hostname</source>
        <translation>Tên máy chủ không hợp lệ</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Lỗi không xác định</translation>
    </message>
</context>
<context>
    <name>QHttpSocketEngine</name>
    <message>
        <source>Proxy connection refused</source>
        <translation>Proxy từ chối kết nối</translation>
    </message>
    <message>
        <source>Proxy denied connection</source>
        <translation>Proxy không cho phép kết nối</translation>
    </message>
    <message>
        <source>Proxy server not found</source>
        <translation>Không tìm thấy máy chủ proxy</translation>
    </message>
    <message>
        <source>Proxy server connection timed out</source>
        <translation>Kết nối tới máy chủ proxy quá thời gian chờ</translation>
    </message>
    <message>
        <source>Did not receive HTTP response from proxy</source>
        <translation>Không nhận được phản hồi HTTP từ proxy</translation>
    </message>
    <message>
        <source>Proxy connection closed prematurely</source>
        <translation>Kết nối proxy bị đóng sớm</translation>
    </message>
    <message>
        <source>Error communicating with HTTP proxy</source>
        <translation>Lỗi khi giao tiếp với proxy HTTP</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Cần xác thực</translation>
    </message>
    <message>
        <source>Error parsing authentication request from proxy</source>
        <translation>Lỗi khi phân tích yêu cầu xác thực từ proxy</translation>
    </message>
</context>
<context>
    <name>QNetworkAccessCacheBackend</name>
    <message>
        <source>Error opening %1</source>
        <translation>Lỗi khi mở %1</translation>
    </message>
</context>
<context>
    <name>QNetworkReply</name>
    <message>
        <source>Protocol &quot;%1&quot; is unknown</source>
        <translation>Giao thức “%1” không xác định</translation>
    </message>
    <message>
        <source>backend start error.</source>
        <translation>lỗi khởi động phần xử lý.</translation>
    </message>
    <message>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>Lỗi khi truyền %1 - máy chủ trả lời: %2</translation>
    </message>
    <message>
        <source>Temporary network failure.</source>
        <translation>Mạng tạm thời gặp sự cố.</translation>
    </message>
</context>
<context>
    <name>QNetworkAccessDataBackend</name>
    <message>
        <source>Invalid URI: %1</source>
        <translation>URI không hợp lệ: %1</translation>
    </message>
</context>
<context>
    <name>QNetworkAccessDebugPipeBackend</name>
    <message>
        <source>Write error writing to %1: %2</source>
        <translation>Lỗi khi ghi vào %1: %2</translation>
    </message>
</context>
<context>
    <name>QNetworkAccessFileBackend</name>
    <message>
        <source>Request for opening non-local file %1</source>
        <translation>Yêu cầu mở tệp không nằm trên máy %1</translation>
    </message>
    <message>
        <source>Read error reading from %1: %2</source>
        <translation>Lỗi khi đọc từ %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: Path is a directory</source>
        <translation>Không mở được %1: đường dẫn là một thư mục</translation>
    </message>
    <message>
        <source>Error opening %1: %2</source>
        <translation>Lỗi khi mở %1: %2</translation>
    </message>
    <message>
        <source>Write error writing to %1: %2</source>
        <translation>Lỗi khi ghi vào %1: %2</translation>
    </message>
</context>
<context>
    <name>QHostInfo</name>
    <message>
        <source>No host name given</source>
        <translation>Chưa có tên máy chủ</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Lỗi không xác định</translation>
    </message>
</context>
<context>
    <name>QNetworkReplyImpl</name>
    <message>
        <source>Operation canceled</source>
        <translation>Thao tác đã bị hủy</translation>
    </message>
</context>
<context>
    <name>QSpiAccessibleBridge</name>
    <message>
        <source>row</source>
        <translation>hàng</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>ô</translation>
    </message>
    <message>
        <source>dial</source>
        <translation>núm xoay</translation>
    </message>
    <message>
        <source>form</source>
        <translation>biểu mẫu</translation>
    </message>
    <message>
        <source>grip</source>
        <translation>tay cầm</translation>
    </message>
    <message>
        <source>link</source>
        <translation>liên kết</translation>
    </message>
    <message>
        <source>list</source>
        <translation>danh sách</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>cây</translation>
    </message>
    <message>
        <source>animation</source>
        <translation>hoạt ảnh</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>biểu đồ</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>đồng hồ</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>khung</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>bảng điều khiển</translation>
    </message>
    <message>
        <source>space</source>
        <translation>khoảng trống</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>âm thanh</translation>
    </message>
    <message>
        <source>table</source>
        <translation>bảng</translation>
    </message>
    <message>
        <source>radio button</source>
        <translation>nút chọn một</translation>
    </message>
    <message>
        <source>page tab list</source>
        <translation>danh sách thẻ</translation>
    </message>
    <message>
        <source>web document</source>
        <translation>tài liệu web</translation>
    </message>
    <message>
        <source>combo box</source>
        <translation>hộp chọn</translation>
    </message>
    <message>
        <source>color chooser</source>
        <translation>bộ chọn màu</translation>
    </message>
    <message>
        <source>menu item</source>
        <translation>mục trình đơn</translation>
    </message>
    <message>
        <source>document</source>
        <translation>tài liệu</translation>
    </message>
    <message>
        <source>scroll bar</source>
        <translation>thanh cuộn</translation>
    </message>
    <message>
        <source>tool bar</source>
        <translation>thanh công cụ</translation>
    </message>
    <message>
        <source>tool tip</source>
        <translation>chú giải</translation>
    </message>
    <message>
        <source>text caret</source>
        <translation>con trỏ văn bản</translation>
    </message>
    <message>
        <source>button menu</source>
        <translation>nút trình đơn</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>đường phân cách</translation>
    </message>
    <message>
        <source>canvas</source>
        <translation>vùng vẽ</translation>
    </message>
    <message>
        <source>column</source>
        <translation>cột</translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>con trỏ</translation>
    </message>
    <message>
        <source>dialog</source>
        <translation>hộp thoại</translation>
    </message>
    <message>
        <source>filler</source>
        <translation>vùng đệm</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>chân trang</translation>
    </message>
    <message>
        <source>push button</source>
        <translation>nút bấm</translation>
    </message>
    <message>
        <source>row header</source>
        <translation>tiêu đề hàng</translation>
    </message>
    <message>
        <source>spin box</source>
        <translation>ô số</translation>
    </message>
    <message>
        <source>splitter</source>
        <translation>thanh chia</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>thanh trượt</translation>
    </message>
    <message>
        <source>button with drop down grid</source>
        <translation>nút có lưới thả xuống</translation>
    </message>
    <message>
        <source>page tab</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <source>invalid role</source>
        <translation>vai trò không hợp lệ</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>đoạn văn</translation>
    </message>
    <message>
        <source>equation</source>
        <translation>công thức</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>thông báo</translation>
    </message>
    <message>
        <source>complementary content</source>
        <translation>nội dung bổ sung</translation>
    </message>
    <message>
        <source>section</source>
        <translation>phần</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>trợ lý</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>mục danh sách</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>màn hình nền</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>chỉ báo</translation>
    </message>
    <message>
        <source>title bar</source>
        <translation>thanh tiêu đề</translation>
    </message>
    <message>
        <source>tree item</source>
        <translation>mục cây</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>ô đánh dấu</translation>
    </message>
    <message>
        <source>status bar</source>
        <translation>thanh trạng thái</translation>
    </message>
    <message>
        <source>progress bar</source>
        <translation>thanh tiến trình</translation>
    </message>
    <message>
        <source>alert message</source>
        <translation>thông báo cảnh báo</translation>
    </message>
    <message>
        <source>property page</source>
        <translation>trang thuộc tính</translation>
    </message>
    <message>
        <source>popup menu</source>
        <translation>trình đơn bật lên</translation>
    </message>
    <message>
        <source>layered pane</source>
        <translation>ngăn nhiều lớp</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>menu bar</source>
        <translation>thanh trình đơn</translation>
    </message>
    <message>
        <source>column header</source>
        <translation>tiêu đề cột</translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>cửa sổ dòng lệnh</translation>
    </message>
    <message>
        <source>button with drop down</source>
        <translation>nút thả xuống</translation>
    </message>
    <message>
        <source>hotkey field</source>
        <translation>ô phím tắt</translation>
    </message>
    <message>
        <source>graphic</source>
        <translation>hình ảnh</translation>
    </message>
    <message>
        <source>help balloon</source>
        <translation>bong bóng trợ giúp</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>đề mục</translation>
    </message>
    <message>
        <source>application</source>
        <translation>ứng dụng</translation>
    </message>
</context>
</TS>
