#include "demophrases.h"

// The phrase tables of the demo petitions. Everything here is invented: street and ward names are real
// places of Hà Nội, but no sentence describes a real case and names are drawn at random from common parts.

namespace pakn::server::demo {
namespace {

std::vector<FieldPhrases> makeFields()
{
    // Index i of each title list matches index i of the issue (or proposal) list it introduces.
    return {
        {
            "dat_dai",
            "Đất đai",
            18,
            15,
            {{"so-nnmt", 4}, {"p-hoan-kiem", 2}, {"p-ba-dinh", 1}, {"p-cau-giay", 1}, {"x-soc-son", 2}},
            {
                "Phản ánh việc chậm cấp Giấy chứng nhận quyền sử dụng đất tại {ward}",
                "Phản ánh cán bộ yêu cầu bổ sung hồ sơ đăng ký đất đai nhiều lần",
                "Hồ sơ đăng ký biến động đất đai đã quá hạn nhưng chưa được giải quyết",
            },
            {
                "Phản ánh vướng mắc khi đăng ký đất đai lần đầu đối với đất sử dụng ổn định",
                "Phản ánh quy định về điều kiện tách thửa chưa phù hợp thực tế",
                "Phản ánh quy định về thành phần hồ sơ đăng ký biến động đất đai",
            },
            {
                "Kiến nghị khai thác dữ liệu đất đai thay cho yêu cầu nộp bản sao giấy tờ",
                "Kiến nghị công khai tiến độ giải quyết hồ sơ đất đai trên Cổng Dịch vụ công",
                "Kiến nghị ban hành hướng dẫn thống nhất về điều kiện tách thửa đất ở",
            },
            {
                "Ngày {date}, {we} đã nộp hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu "
                "nhà ở và tài sản khác gắn liền với đất tại Bộ phận Một cửa UBND {ward}, nhưng đến nay đã "
                "quá thời hạn giải quyết mà chưa nhận được kết quả.",
                "Cán bộ tiếp nhận yêu cầu bổ sung giấy tờ {number} lần, mỗi lần một nội dung khác nhau, "
                "không hướng dẫn đầy đủ ngay từ đầu theo quy định.",
                "Hồ sơ đăng ký biến động đất đai {we} nộp ngày {date} đã quá hạn; khi hỏi về tiến độ, cán "
                "bộ chỉ trả lời hồ sơ đang chờ ý kiến của Văn phòng đăng ký đất đai, không có phiếu hẹn mới "
                "và không nêu rõ lý do chậm trễ.",
            },
            {
                "Thửa đất của {household} đã sử dụng ổn định từ năm {year}, không có tranh chấp, nhưng theo "
                "quy định hiện hành vẫn phải xin xác nhận của nhiều cơ quan trước khi được đăng ký đất đai "
                "lần đầu.",
                "Quy định về diện tích tối thiểu được tách thửa đất ở chưa tính đến thực tế các thửa đất "
                "nhỏ, hẹp đã hình thành từ lâu trong khu dân cư cũ trên {street}.",
                "Hồ sơ đăng ký biến động đất đai vẫn yêu cầu nộp bản sao có chứng thực nhiều loại giấy tờ "
                "đã có trong cơ sở dữ liệu đất đai, gây tốn kém thời gian và chi phí cho người dân.",
            },
            {
                "Kiến nghị cho phép cơ quan giải quyết tự khai thác thông tin từ Cơ sở dữ liệu quốc gia về "
                "dân cư và cơ sở dữ liệu đất đai, không yêu cầu người dân nộp bản sao giấy tờ.",
                "Kiến nghị công khai tiến độ giải quyết từng hồ sơ đất đai trên Cổng Dịch vụ công của Thành "
                "phố để người dân tự theo dõi.",
                "Kiến nghị ban hành hướng dẫn thống nhất về điều kiện tách thửa đối với các thửa đất đã "
                "hình thành trước khi có quy định về diện tích tối thiểu.",
            },
        },
        {
            "xay_dung",
            "Xây dựng",
            16,
            20,
            {{"so-xay-dung", 5},
             {"cc-giam-dinh-xd", 1},
             {"p-hoan-kiem", 2},
             {"p-cau-giay", 1},
             {"p-ba-dinh", 1}},
            {
                "Phản ánh việc chậm cấp giấy phép xây dựng nhà ở riêng lẻ trên {street}",
                "Phản ánh công trình xây dựng sai phép gây ảnh hưởng đến nhà liền kề",
                "Phản ánh việc yêu cầu giấy tờ ngoài quy định khi xin giấy phép xây dựng",
            },
            {
                "Phản ánh quy định về hồ sơ đề nghị cấp giấy phép sửa chữa, cải tạo nhà ở",
                "Phản ánh vướng mắc về cấp phép xây dựng tại khu vực chưa có quy hoạch chi tiết",
                "Phản ánh thủ tục thẩm định thiết kế xây dựng còn chồng chéo",
            },
            {
                "Kiến nghị miễn giấy phép xây dựng đối với sửa chữa nhỏ bên trong nhà ở",
                "Kiến nghị liên thông thủ tục thẩm định thiết kế và cấp giấy phép xây dựng",
                "Kiến nghị sớm phê duyệt quy hoạch chi tiết khu vực {ward}",
            },
            {
                "Ngày {date}, {we} đã nộp đầy đủ hồ sơ đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ tại "
                "{address}, nhưng đến nay đã quá {number} tuần so với ngày hẹn trả kết quả.",
                "Công trình xây dựng trên {street} đang thi công vượt số tầng được cấp phép, gây nứt tường "
                "và thấm dột cho các hộ liền kề; {we} đã báo với UBND {ward} nhưng chưa thấy xử lý.",
                "Cán bộ thụ lý yêu cầu bổ sung văn bản đồng ý của các hộ liền kề, là loại giấy tờ không có "
                "trong thành phần hồ sơ đã được công bố.",
            },
            {
                "Theo quy định hiện hành, việc sửa chữa, cải tạo làm thay đổi kết cấu chịu lực vẫn phải xin "
                "giấy phép với thành phần hồ sơ gần như xây mới, trong khi phần lớn các trường hợp chỉ là "
                "cải tạo nhỏ.",
                "Khu đất của {household} nằm trong khu vực chưa có quy hoạch chi tiết tỷ lệ 1/500 nên không "
                "được cấp giấy phép xây dựng, dù đã có Giấy chứng nhận quyền sử dụng đất từ năm {year}.",
                "Thủ tục thẩm định thiết kế tại cơ quan chuyên môn và thủ tục cấp giấy phép xây dựng yêu "
                "cầu nộp trùng lặp nhiều loại hồ sơ.",
            },
            {
                "Kiến nghị bổ sung các trường hợp sửa chữa, cải tạo bên trong công trình không làm thay đổi "
                "kết cấu chịu lực vào danh mục được miễn giấy phép xây dựng.",
                "Kiến nghị liên thông thủ tục thẩm định thiết kế và cấp giấy phép xây dựng để người dân chỉ "
                "nộp hồ sơ một lần.",
                "Kiến nghị sớm phê duyệt quy hoạch chi tiết khu vực {ward} để người dân có căn cứ xin phép "
                "xây dựng.",
            },
        },
        {
            "ho_tich",
            "Hộ tịch",
            8,
            0,
            {{"so-tu-phap", 4}, {"p-hoan-kiem", 2}, {"p-ba-dinh", 1}, {"p-cau-giay", 1}, {"x-soc-son", 1}},
            {
                "Phản ánh việc chậm cấp bản sao trích lục khai sinh tại UBND {ward}",
                "Phản ánh cán bộ tư pháp - hộ tịch yêu cầu nộp giấy tờ không cần thiết",
            },
            {
                "Phản ánh thủ tục cấp Giấy xác nhận tình trạng hôn nhân còn phức tạp",
                "Phản ánh vướng mắc khi đăng ký khai sinh cho trẻ sinh ra ở nước ngoài",
                "Phản ánh quy định về đăng ký lại khai tử",
            },
            {
                "Kiến nghị bỏ yêu cầu nộp bản sao giấy tờ hộ tịch khi đã có dữ liệu điện tử",
                "Kiến nghị cho phép tra cứu tình trạng hôn nhân trên Cơ sở dữ liệu hộ tịch điện tử",
            },
            {
                "Ngày {date}, {we} đến UBND {ward} làm thủ tục cấp bản sao trích lục khai sinh nhưng bị hẹn "
                "nhiều lần, đến nay vẫn chưa nhận được kết quả.",
                "Cán bộ tư pháp - hộ tịch yêu cầu xuất trình sổ hộ khẩu giấy, trong khi sổ hộ khẩu đã hết "
                "giá trị sử dụng và thông tin cư trú đã có trên Cơ sở dữ liệu quốc gia về dân cư.",
                "{We} được yêu cầu về từng nơi cư trú trước đây để xin xác nhận tình trạng hôn nhân của "
                "từng thời kỳ, mất nhiều ngày đi lại.",
            },
            {
                "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân yêu cầu chứng minh tình trạng hôn nhân tại "
                "tất cả các nơi đã cư trú, gây khó khăn cho người thường xuyên thay đổi chỗ ở.",
                "Trẻ sinh ra ở nước ngoài khi về nước đăng ký khai sinh phải hợp pháp hóa lãnh sự giấy "
                "chứng sinh và dịch thuật công chứng, thời gian chờ kéo dài hơn {number} tháng.",
                "Việc đăng ký lại khai tử cho người đã mất từ trước năm {year} đòi hỏi giấy tờ chứng minh "
                "mà nhiều gia đình không còn lưu giữ.",
            },
            {
                "Kiến nghị cho phép sử dụng dữ liệu hộ tịch điện tử thay cho bản sao giấy tờ trong tất cả "
                "các thủ tục có liên quan.",
                "Kiến nghị cho phép cơ quan đăng ký hộ tịch tra cứu tình trạng hôn nhân trên Cơ sở dữ liệu "
                "hộ tịch điện tử, không yêu cầu người dân tự đi xác nhận.",
            },
        },
        {
            "dang_ky_kinh_doanh",
            "Đăng ký kinh doanh",
            8,
            70,
            {{"so-tai-chinh", 5}, {"p-hoan-kiem", 1}},
            {
                "Phản ánh việc chậm cấp Giấy chứng nhận đăng ký doanh nghiệp",
                "Phản ánh việc yêu cầu giấy tờ ngoài quy định khi đăng ký hộ kinh doanh",
                "Phản ánh hồ sơ đăng ký thay đổi nội dung doanh nghiệp bị yêu cầu sửa đổi nhiều lần",
            },
            {
                "Phản ánh quy định về hồ sơ thay đổi người đại diện theo pháp luật",
                "Phản ánh vướng mắc khi đăng ký ngành, nghề kinh doanh có điều kiện",
                "Phản ánh việc kê khai trùng lặp khi đăng ký doanh nghiệp và đăng ký thuế",
            },
            {
                "Kiến nghị chỉ kê khai phần thay đổi khi đăng ký thay đổi nội dung đăng ký doanh nghiệp",
                "Kiến nghị cho phép đăng ký hộ kinh doanh trực tuyến toàn trình",
            },
            {
                "Đã quá thời hạn 03 ngày làm việc theo quy định nhưng {we} vẫn chưa nhận được Giấy chứng "
                "nhận đăng ký doanh nghiệp, cũng không nhận được thông báo về lý do chậm trễ.",
                "Cán bộ tiếp nhận hồ sơ đăng ký hộ kinh doanh tại UBND {ward} yêu cầu nộp thêm hợp đồng "
                "thuê địa điểm có công chứng, là giấy tờ không có trong thành phần hồ sơ theo quy định.",
                "Ngày {date}, {we} nộp hồ sơ đăng ký thay đổi nội dung đăng ký doanh nghiệp qua Hệ thống "
                "thông tin quốc gia về đăng ký doanh nghiệp nhưng bị yêu cầu sửa đổi, bổ sung {number} lần, "
                "mỗi lần với một lý do khác nhau.",
            },
            {
                "Khi thay đổi người đại diện theo pháp luật, doanh nghiệp phải nộp lại nhiều giấy tờ đã có "
                "trong hồ sơ đăng ký trước đó, trong khi thông tin này đã được lưu trên hệ thống.",
                "Việc xác định mã ngành kinh tế khi đăng ký ngành, nghề kinh doanh có điều kiện chưa có "
                "hướng dẫn thống nhất, mỗi lần nộp hồ sơ lại được hướng dẫn một cách khác nhau.",
                "Thông tin đăng ký doanh nghiệp và đăng ký thuế phải kê khai lặp lại trên nhiều biểu mẫu, "
                "dễ sai sót và mất thời gian.",
            },
            {
                "Kiến nghị hệ thống tự động sử dụng các thông tin đã có, doanh nghiệp chỉ kê khai phần nội "
                "dung thay đổi.",
                "Kiến nghị triển khai đăng ký hộ kinh doanh trực tuyến toàn trình, cho phép nhận kết quả "
                "điện tử có giá trị pháp lý như bản giấy.",
            },
        },
        {
            "giao_thong",
            "Giao thông vận tải",
            12,
            15,
            {{"so-xay-dung", 5}, {"p-hoan-kiem", 1}, {"p-cau-giay", 1}},
            {
                "Phản ánh tình trạng lấn chiếm vỉa hè, lòng đường trên {street}",
                "Phản ánh việc chậm cấp đổi giấy phép lái xe",
                "Phản ánh đèn tín hiệu giao thông trên {street} hoạt động không ổn định",
            },
            {
                "Phản ánh quy định về cấp phép thi công trên đường bộ đang khai thác",
                "Phản ánh thủ tục cấp đổi giấy phép lái xe vẫn yêu cầu giấy khám sức khỏe bản giấy",
                "Phản ánh bất cập trong quy định về thời gian hạn chế xe tải vào nội đô",
            },
            {
                "Kiến nghị tăng cường xử lý tình trạng lấn chiếm vỉa hè trên {street}",
                "Kiến nghị liên thông dữ liệu khám sức khỏe với thủ tục cấp đổi giấy phép lái xe",
                "Kiến nghị điều chỉnh khung giờ hạn chế xe tải nhẹ vào nội đô",
            },
            {
                "Nhiều hộ kinh doanh trên {street} thường xuyên lấn chiếm vỉa hè, lòng đường để bày bán "
                "hàng hóa và trông giữ xe, người đi bộ phải đi xuống lòng đường, tiềm ẩn nguy cơ tai nạn "
                "giao thông.",
                "Ngày {date}, {we} nộp hồ sơ cấp đổi giấy phép lái xe trực tuyến nhưng đến nay đã quá thời "
                "hạn mà chưa nhận được giấy phép mới, tra cứu trên Cổng Dịch vụ công vẫn ở trạng thái đang "
                "xử lý.",
                "Đèn tín hiệu giao thông tại nút giao trên {street} thường xuyên bị hỏng, nhất là vào giờ "
                "cao điểm, gây ùn tắc kéo dài.",
                "Sự việc đã được phản ánh với UBND {ward} từ {number} tháng trước nhưng đến nay tình trạng "
                "vẫn tiếp diễn.",
            },
            {
                "Thủ tục cấp phép thi công công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao "
                "thông đường bộ phải qua nhiều đầu mối, thời gian giải quyết kéo dài.",
                "Người dân khi cấp đổi giấy phép lái xe vẫn phải nộp giấy khám sức khỏe bản giấy, trong khi "
                "dữ liệu khám sức khỏe đã được cơ sở y tế cập nhật lên hệ thống.",
                "Quy định về thời gian hạn chế xe tải vào khu vực nội đô chưa phù hợp với nhu cầu vận "
                "chuyển hàng hóa thiết yếu của các doanh nghiệp nhỏ.",
            },
            {
                "Kiến nghị tăng cường kiểm tra, xử lý dứt điểm tình trạng lấn chiếm vỉa hè, trả lại lòng "
                "đường, vỉa hè cho người đi bộ.",
                "Kiến nghị liên thông dữ liệu giấy khám sức khỏe điện tử với thủ tục cấp đổi giấy phép lái "
                "xe.",
                "Kiến nghị điều chỉnh khung giờ hạn chế để xe tải nhẹ chở hàng thiết yếu được vào nội đô.",
            },
        },
        {
            "moi_truong",
            "Môi trường",
            12,
            15,
            {{"so-nnmt", 4}, {"p-hoan-kiem", 1}, {"p-cau-giay", 1}, {"x-soc-son", 2}},
            {
                "Phản ánh tình trạng đổ trộm phế thải xây dựng trên {street}",
                "Phản ánh cơ sở sản xuất gây ô nhiễm tiếng ồn, khói bụi tại {ward}",
                "Phản ánh việc thu gom rác thải sinh hoạt không đúng lịch",
            },
            {
                "Phản ánh quy định về cấp giấy phép môi trường đối với cơ sở sản xuất nhỏ",
                "Phản ánh quy định về đối tượng phải đăng ký môi trường chưa rõ ràng",
            },
            {
                "Kiến nghị lắp đặt camera giám sát tình trạng đổ trộm phế thải tại {ward}",
                "Kiến nghị đơn giản hóa hồ sơ đăng ký môi trường cho hộ kinh doanh",
            },
            {
                "Thời gian gần đây, vào ban đêm thường xuyên có xe chở phế thải xây dựng đổ trộm tại khu "
                "đất trống trên {street}, gây mất vệ sinh và ô nhiễm môi trường khu dân cư.",
                "Cơ sở sản xuất trong khu dân cư tại {address} hoạt động cả ngoài giờ hành chính, gây tiếng "
                "ồn và khói bụi ảnh hưởng đến sức khỏe người dân xung quanh.",
                "Việc thu gom rác thải sinh hoạt tại khu vực không đúng lịch đã thông báo, rác tồn đọng "
                "nhiều ngày gây mùi hôi thối.",
            },
            {
                "Cơ sở sản xuất quy mô nhỏ vẫn phải lập hồ sơ đề nghị cấp giấy phép môi trường với thành "
                "phần tương đương dự án lớn, chi phí thuê đơn vị tư vấn quá cao so với quy mô hoạt động.",
                "Quy định về đối tượng phải đăng ký môi trường và đối tượng được miễn chưa rõ ràng, mỗi cơ "
                "quan hướng dẫn một cách.",
            },
            {
                "Kiến nghị tăng cường lắp đặt camera giám sát và xử lý nghiêm các trường hợp đổ trộm phế "
                "thải.",
                "Kiến nghị ban hành mẫu hồ sơ đăng ký môi trường rút gọn dành cho hộ kinh doanh và cơ sở "
                "sản xuất nhỏ.",
            },
        },
        {
            "y_te",
            "Y tế",
            7,
            10,
            {{"so-y-te", 5}, {"p-ba-dinh", 1}},
            {
                "Phản ánh thái độ phục vụ của nhân viên tại cơ sở khám bệnh",
                "Phản ánh việc chậm cấp giấy phép hành nghề khám bệnh, chữa bệnh",
            },
            {
                "Phản ánh thủ tục thanh toán bảo hiểm y tế khi khám bệnh trái tuyến",
                "Phản ánh quy định về hồ sơ cấp giấy phép hoạt động phòng khám",
            },
            {
                "Kiến nghị mở rộng đặt lịch khám bệnh trực tuyến tại các bệnh viện công lập",
                "Kiến nghị sử dụng sổ sức khỏe điện tử thay cho giấy khám sức khỏe",
            },
            {
                "Ngày {date}, khi đưa người thân đi khám tại trạm y tế {ward}, nhân viên tiếp đón có thái "
                "độ thiếu tôn trọng, hướng dẫn không rõ ràng khiến {we} phải chờ nhiều giờ.",
                "Hồ sơ đề nghị cấp giấy phép hành nghề khám bệnh, chữa bệnh nộp từ ngày {date} đến nay đã "
                "quá thời hạn giải quyết nhưng chưa có kết quả.",
            },
            {
                "Thủ tục thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế khi khám trái tuyến còn yêu "
                "cầu nhiều giấy tờ, người bệnh phải đi lại nhiều lần.",
                "Hồ sơ cấp giấy phép hoạt động phòng khám yêu cầu nộp lại các giấy tờ đã nộp khi cấp giấy "
                "phép hành nghề.",
            },
            {
                "Kiến nghị triển khai đặt lịch khám trực tuyến và thanh toán không dùng tiền mặt tại tất cả "
                "bệnh viện công lập trên địa bàn Thành phố.",
                "Kiến nghị cho phép sử dụng dữ liệu sổ sức khỏe điện tử thay cho giấy khám sức khỏe bản "
                "giấy.",
            },
        },
        {
            "giao_duc",
            "Giáo dục và Đào tạo",
            7,
            5,
            {{"so-gd-dt", 5}, {"p-cau-giay", 1}},
            {
                "Phản ánh việc thu các khoản ngoài quy định tại trường học",
                "Phản ánh việc chậm cấp bản sao văn bằng tốt nghiệp",
            },
            {
                "Phản ánh quy định tuyển sinh đầu cấp theo địa bàn cư trú",
                "Phản ánh thủ tục chuyển trường cho học sinh còn phức tạp",
            },
            {
                "Kiến nghị công khai các khoản thu đầu năm học trên cổng thông tin của nhà trường",
                "Kiến nghị thực hiện thủ tục chuyển trường trực tuyến",
            },
            {
                "Đầu năm học, một trường học tại {ward} thu nhiều khoản đóng góp ngoài quy định như quỹ "
                "lớp, tiền trang thiết bị, tiền học thêm mà không có biên lai và không công khai cho phụ "
                "huynh.",
                "Ngày {date}, {we} nộp hồ sơ đề nghị cấp bản sao văn bằng tốt nghiệp nhưng bị hẹn nhiều "
                "lần, đến nay vẫn chưa nhận được.",
            },
            {
                "Quy định tuyển sinh vào lớp 1 và lớp 6 theo địa bàn cư trú chưa tính đến trường hợp gia "
                "đình mới chuyển đến, đã đăng ký thường trú nhưng chưa có trong danh sách tuyển sinh.",
                "Thủ tục chuyển trường cho học sinh giữa các địa phương yêu cầu xác nhận của cả trường đi "
                "và trường đến, phụ huynh phải đi lại nhiều lần.",
            },
            {
                "Kiến nghị công khai định mức các khoản thu và cho phép phụ huynh thanh toán không dùng "
                "tiền mặt, có hóa đơn điện tử.",
                "Kiến nghị thực hiện thủ tục chuyển trường trực tuyến, liên thông dữ liệu học bạ điện tử "
                "giữa các trường.",
            },
        },
        {
            "lao_dong",
            "Lao động - Việc làm",
            6,
            20,
            {{"so-noi-vu", 5}, {"p-hoan-kiem", 1}},
            {
                "Phản ánh doanh nghiệp chậm trả lương, không đóng bảo hiểm xã hội cho người lao động",
                "Phản ánh việc chậm giải quyết hồ sơ hưởng trợ cấp thất nghiệp",
            },
            {
                "Phản ánh thủ tục cấp giấy phép lao động cho người nước ngoài",
                "Phản ánh quy định về thông báo tìm kiếm việc làm hằng tháng",
            },
            {
                "Kiến nghị cho phép thông báo tìm kiếm việc làm hằng tháng qua mạng",
                "Kiến nghị tăng cường thanh tra việc đóng bảo hiểm xã hội tại doanh nghiệp",
            },
            {
                "Một doanh nghiệp tại {address} đã chậm trả lương {number} tháng và không đóng bảo hiểm xã "
                "hội cho người lao động, dù vẫn khấu trừ vào tiền lương hằng tháng.",
                "Ngày {date}, {we} nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp tại Trung tâm Dịch vụ việc "
                "làm nhưng đã quá thời hạn mà chưa có quyết định.",
            },
            {
                "Hồ sơ cấp giấy phép lao động cho người nước ngoài yêu cầu hợp pháp hóa lãnh sự nhiều loại "
                "giấy tờ, thời gian chuẩn bị kéo dài khiến doanh nghiệp bị chậm tiến độ dự án.",
                "Người lao động phải trực tiếp đến Trung tâm Dịch vụ việc làm để thông báo tìm kiếm việc "
                "làm hằng tháng, trong khi việc này có thể thực hiện trực tuyến.",
            },
            {
                "Kiến nghị cho phép thông báo tìm kiếm việc làm hằng tháng qua Cổng Dịch vụ công hoặc ứng "
                "dụng trên điện thoại.",
                "Kiến nghị tăng cường thanh tra, kiểm tra và xử lý nghiêm doanh nghiệp chậm đóng, trốn đóng "
                "bảo hiểm xã hội.",
            },
        },
        {
            "thue_phi",
            "Thuế, phí, lệ phí",
            6,
            40,
            {{"so-tai-chinh", 5}, {"p-ba-dinh", 1}},
            {
                "Phản ánh việc tính lệ phí trước bạ không đúng quy định",
                "Phản ánh việc chậm hoàn thuế thu nhập cá nhân",
            },
            {
                "Phản ánh quy định về mức thu phí sử dụng tạm thời một phần hè phố",
                "Phản ánh thủ tục miễn, giảm lệ phí cho hộ kinh doanh",
            },
            {
                "Kiến nghị giảm phí, lệ phí khi thực hiện thủ tục hành chính trực tuyến",
                "Kiến nghị niêm yết công khai biểu phí, lệ phí tại Bộ phận Một cửa",
            },
            {
                "Khi làm thủ tục đăng ký đất đai, {we} được thông báo nộp lệ phí trước bạ cao hơn cách tính "
                "theo bảng giá đất do UBND Thành phố ban hành nhưng không được giải thích căn cứ tính.",
                "Hồ sơ đề nghị hoàn thuế thu nhập cá nhân nộp từ ngày {date} đến nay đã quá thời hạn giải "
                "quyết nhưng chưa được hoàn, cũng không có thông báo lý do.",
            },
            {
                "Mức thu phí sử dụng tạm thời một phần hè phố chưa phân biệt giữa tuyến phố chính và các "
                "ngõ nhỏ, gây khó khăn cho hộ kinh doanh nhỏ lẻ.",
                "Thủ tục miễn, giảm lệ phí đối với hộ kinh doanh có doanh thu thấp chưa được hướng dẫn cụ "
                "thể, hộ kinh doanh không biết nộp hồ sơ ở đâu.",
            },
            {
                "Kiến nghị áp dụng mức phí, lệ phí thấp hơn đối với hồ sơ nộp trực tuyến để khuyến khích "
                "người dân sử dụng dịch vụ công trực tuyến.",
                "Kiến nghị niêm yết công khai đầy đủ biểu phí, lệ phí và căn cứ tính tại Bộ phận Một cửa "
                "các cấp.",
            },
        },
    };
}

std::vector<Place> makePlaces()
{
    return {
        {"phường Hoàn Kiếm",
         "p-hoan-kiem",
         {"phố Hàng Bài", "phố Đinh Tiên Hoàng", "phố Hàng Đào", "phố Tràng Tiền", "phố Đinh Lễ",
          "phố Hàng Đường"}},
        {"phường Ba Đình",
         "p-ba-dinh",
         {"đường Điện Biên Phủ", "phố Đội Cấn", "phố Đào Tấn", "phố Liễu Giai", "phố Kim Mã"}},
        {"phường Cầu Giấy",
         "p-cau-giay",
         {"đường Cầu Giấy", "đường Trần Duy Hưng", "phố Trần Thái Tông", "phố Duy Tân",
          "đường Hoàng Quốc Việt"}},
        {"xã Sóc Sơn", "x-soc-son", {"đường Đa Phúc", "đường Núi Đôi", "quốc lộ 3"}},
        {"phường Đống Đa", nullptr, {"đường Láng", "phố Tây Sơn", "phố Thái Hà", "phố Đặng Tiến Đông"}},
        {"phường Tây Hồ", nullptr, {"đường Lạc Long Quân", "phố Xuân Diệu", "phố Đặng Thai Mai"}},
        {"phường Long Biên", nullptr, {"đường Nguyễn Văn Cừ", "phố Ngọc Lâm", "phố Đức Giang"}},
        {"phường Hoàng Mai", nullptr, {"đường Giải Phóng", "phố Tam Trinh", "phố Định Công"}},
        {"phường Thanh Xuân", nullptr, {"đường Nguyễn Trãi", "phố Khương Đình", "phố Vũ Trọng Phụng"}},
        {"xã Đông Anh", nullptr, {"đường Cao Lỗ", "đường Uy Nỗ", "đường Đản Dị"}},
    };
}

} // namespace

const Phrases &phrases()
{
    static const Phrases p{
        makeFields(),
        makePlaces(),
        {{"Nguyễn", 38}, {"Trần", 11}, {"Lê", 9}, {"Phạm", 7}, {"Hoàng", 5}, {"Vũ", 4},   {"Đặng", 3},
         {"Bùi", 3},     {"Đỗ", 3},    {"Hồ", 2}, {"Ngô", 2},  {"Dương", 2}, {"Đinh", 2}, {"Đào", 2},
         {"Trịnh", 2},   {"Phan", 2},  {"Lý", 1}, {"Mai", 1},  {"Lương", 1}, {"Tạ", 1}},
        {"Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Đình", "Công", "Mạnh", "Tiến", "Ngọc"},
        {"Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Hồng", "Bích", "Thùy", "Lan", "Diệu"},
        {"Anh",   "Bình", "Cường", "Dũng",  "Đạt",  "Đông", "Hải", "Hùng", "Huy",   "Khánh", "Long", "Nam",
         "Phong", "Quân", "Sơn",   "Thắng", "Tuấn", "Việt", "Đức", "Hiếu", "Trung", "Tùng",  "Lâm"},
        {"Anh", "Chi", "Dung", "Giang", "Hà",     "Hạnh",  "Hằng", "Hoa",   "Huyền", "Lan", "Linh",
         "Mai", "Nga", "Ngọc", "Nhung", "Phương", "Quỳnh", "Thảo", "Trang", "Yến",   "Đào", "Ánh"},
        {"Công ty TNHH", "Công ty Cổ phần", "Hợp tác xã", "Công ty TNHH Một thành viên"},
        {"Xây dựng", "Thương mại", "Dịch vụ", "Vận tải", "Đầu tư và Phát triển", "Thực phẩm", "Công nghệ",
         "Thương mại và Dịch vụ"},
        {"Minh Phát", "Hưng Thịnh", "Đông Đô", "Thăng Long", "Hồng Hà", "An Phú", "Đại Việt", "Tân Tiến",
         "Phú Gia", "Đức Thành", "Sông Đà", "Hà Thành"},
        {
            "Tôi là {name}, hiện cư trú tại {home}.",
            "Tôi tên là {name}, địa chỉ thường trú tại {home}.",
            "Gia đình tôi hiện sinh sống tại {home}.",
        },
        {
            "{org} có trụ sở tại {home}, do {honorific} {name} làm người đại diện theo pháp luật.",
            "Chúng tôi là {org}, địa chỉ trụ sở tại {home}.",
        },
        {
            {},
            {"Theo {we}, quy định này không còn phù hợp với thực tế khi phần lớn thủ tục hành chính đã được "
             "thực hiện trực tuyến.",
             "Quy định được ban hành đã lâu, nay không còn phù hợp với điều kiện thực tế của Thủ đô."},
            {"Hướng dẫn tại Bộ phận Một cửa và thông tin công bố trên Cổng Dịch vụ công không thống nhất với "
             "nhau, mỗi nơi yêu cầu một kiểu.",
             "Quy định này chưa đồng bộ với văn bản hướng dẫn của bộ, ngành chủ quản."},
            {"Việc yêu cầu thêm giấy tờ ngoài thành phần hồ sơ đã được công bố là trái với quy định về kiểm "
             "soát thủ tục hành chính."},
            {"Quy định này có dấu hiệu chưa phù hợp với cam kết tại các điều ước quốc tế mà Việt Nam là "
             "thành viên, gây khó khăn cho nhà đầu tư nước ngoài."},
            {"Việc này ảnh hưởng trực tiếp đến đời sống và sinh hoạt hằng ngày của người dân trong khu vực."},
            {},
            {"Hiện chưa có quy định điều chỉnh vấn đề này, dẫn đến mỗi nơi thực hiện một cách khác nhau."},
        },
        {
            "Việc chậm trễ này ảnh hưởng trực tiếp đến quyền và lợi ích hợp pháp của {household}.",
            "{We} đã phải đi lại nhiều lần, tốn kém thời gian và chi phí.",
            "Tình trạng này kéo dài đã {number} tháng nay, gây bức xúc trong nhân dân.",
        },
        {
            "Quy định này làm phát sinh thời gian và chi phí không cần thiết cho người dân và doanh nghiệp.",
            "Nhiều hộ gia đình, cá nhân trên địa bàn {ward} cũng gặp vướng mắc tương tự.",
        },
        {
            "Đề nghị cơ quan có thẩm quyền xem xét, chỉ đạo giải quyết dứt điểm và trả lời bằng văn bản cho "
            "{we} theo quy định.",
            "Kính đề nghị UBND Thành phố chỉ đạo các cơ quan liên quan kiểm tra, xử lý và thông tin kết quả "
            "để {we} được biết.",
            "Đề nghị cơ quan chức năng kiểm tra, làm rõ trách nhiệm của cán bộ có liên quan và có biện pháp "
            "khắc phục.",
        },
        {
            "Đề nghị cơ quan có thẩm quyền xem xét, có hướng dẫn thống nhất để người dân thực hiện.",
            "Kính đề nghị cơ quan chức năng nghiên cứu, giải đáp và hướng dẫn cụ thể để {we} được biết, "
            "thực hiện.",
        },
        {
            "Rất mong kiến nghị của {we} được xem xét, tổng hợp và báo cáo cơ quan có thẩm quyền.",
            "Kính đề nghị các cơ quan có thẩm quyền nghiên cứu, sửa đổi quy định cho phù hợp.",
        },
        {"Xin trân trọng cảm ơn.", "Rất mong nhận được phản hồi sớm của cơ quan chức năng.", "Trân trọng."},
        {"example.com", "example.net", "example.org"},
    };
    return p;
}

} // namespace pakn::server::demo
