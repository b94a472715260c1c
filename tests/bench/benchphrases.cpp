#include "benchphrases.h"

// The phrases are invented for the benchmark: street and ward names are real places of Hà Nội, unit ids and
// usernames are those of pakn-server's demo directory, and no sentence describes a real case.

namespace pakn::bench::phrases {

const std::vector<FieldText> &fields()
{
    static const std::vector<FieldText> table = {
        {"dat_dai",
         18,
         {{"so-nnmt", 4}, {"p-hoan-kiem", 2}, {"p-ba-dinh", 1}, {"p-cau-giay", 1}, {"x-soc-son", 2}},
         {"Phản ánh việc chậm cấp Giấy chứng nhận quyền sử dụng đất tại {ward}",
          "Hồ sơ đăng ký biến động đất đai quá hạn nhưng chưa được giải quyết",
          "Kiến nghị công khai tiến độ giải quyết hồ sơ đất đai",
          "Phản ánh tranh chấp ranh giới thửa đất trên {street}"},
         {"Ngày {date}, {we} đã nộp hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất tại Bộ phận Một cửa "
          "{ward} nhưng đến nay đã quá thời hạn giải quyết mà chưa nhận được kết quả.",
          "Cán bộ tiếp nhận yêu cầu bổ sung giấy tờ {number} lần, mỗi lần một nội dung khác nhau, không "
          "hướng dẫn đầy đủ ngay từ đầu theo quy định về đất đai.",
          "Thửa đất của gia đình tôi đã sử dụng ổn định từ năm {year}, không có tranh chấp, nhưng vẫn phải "
          "xin xác nhận của nhiều cơ quan trước khi được đăng ký đất đai lần đầu.",
          "Hộ liền kề tự ý xây tường lấn sang phần đất của gia đình tôi khoảng {number} mét dọc theo "
          "{street}, đã hòa giải ở tổ dân phố nhưng không thành."},
         {"Đề nghị Văn phòng đăng ký đất đai kiểm tra, trả kết quả hồ sơ và thông báo rõ lý do chậm trễ.",
          "Kiến nghị cho phép cơ quan giải quyết tự khai thác cơ sở dữ liệu đất đai thay cho việc yêu cầu "
          "người dân nộp bản sao giấy tờ."}},
        {"xay_dung",
         16,
         {{"so-xay-dung", 5},
          {"cc-giam-dinh-xd", 2},
          {"p-hoan-kiem", 2},
          {"p-cau-giay", 1},
          {"p-ba-dinh", 1}},
         {"Phản ánh việc chậm cấp giấy phép xây dựng nhà ở riêng lẻ trên {street}",
          "Phản ánh công trình xây dựng sai phép gây lún nứt nhà liền kề",
          "Phản ánh yêu cầu giấy tờ ngoài quy định khi xin giấy phép xây dựng",
          "Kiến nghị đơn giản hóa thủ tục cấp giấy phép sửa chữa, cải tạo nhà ở"},
         {"Hồ sơ đề nghị cấp giấy phép xây dựng của {we} nộp ngày {date} đã quá hạn {number} ngày làm việc "
          "mà chưa có kết quả, cũng không có văn bản trả lời.",
          "Công trình {number} tầng đang thi công trên {street} xây vượt số tầng được cấp phép, ép cọc cả "
          "ban đêm, làm tường nhà tôi bị nứt và lún nền.",
          "Cán bộ Bộ phận Một cửa yêu cầu nộp thêm bản vẽ có đóng dấu của đơn vị tư vấn, trong khi quy định "
          "về giấy phép xây dựng nhà ở riêng lẻ không đòi hỏi giấy tờ này.",
          "Việc thẩm định thiết kế xây dựng phải qua nhiều đầu mối, mỗi nơi yêu cầu một bộ hồ sơ riêng, kéo "
          "dài thời gian chuẩn bị đầu tư."},
         {"Đề nghị Sở Xây dựng kiểm tra, xử lý dứt điểm công trình vi phạm và hỗ trợ sửa chữa nhà bị ảnh "
          "hưởng.",
          "Kiến nghị công bố danh mục giấy tờ thống nhất cho thủ tục cấp giấy phép xây dựng trên Cổng Dịch "
          "vụ công."}},
        {"ho_tich",
         8,
         {{"so-tu-phap", 3}, {"p-hoan-kiem", 2}, {"p-ba-dinh", 2}, {"p-cau-giay", 2}, {"x-soc-son", 1}},
         {"Phản ánh chậm cấp bản sao trích lục khai sinh tại {ward}",
          "Phản ánh việc yêu cầu xác nhận tình trạng hôn nhân nhiều lần",
          "Kiến nghị liên thông đăng ký khai sinh và đăng ký thường trú"},
         {"Ngày {date}, tôi nộp hồ sơ đề nghị cấp bản sao trích lục khai sinh trực tuyến nhưng sau {number} "
          "ngày vẫn chưa nhận được kết quả.",
          "Để làm thủ tục vay vốn, tôi phải xin giấy xác nhận tình trạng hôn nhân tại nơi cư trú trước đây, "
          "đi lại nhiều lần giữa hai địa phương.",
          "Dữ liệu hộ tịch của gia đình tôi trên hệ thống có sai sót về năm sinh ({year}), cán bộ hướng dẫn "
          "phải làm thủ tục cải chính mất nhiều thời gian."},
         {"Đề nghị Sở Tư pháp chỉ đạo giải quyết hồ sơ đúng hạn và hướng dẫn cụ thể.",
          "Kiến nghị khai thác Cơ sở dữ liệu quốc gia về dân cư để không yêu cầu người dân nộp lại giấy "
          "tờ."}},
        {"dang_ky_kinh_doanh",
         6,
         {{"so-tai-chinh", 4}, {"vp-ubnd", 1}},
         {"Phản ánh hệ thống đăng ký doanh nghiệp qua mạng bị lỗi",
          "Phản ánh chậm cấp Giấy chứng nhận đăng ký hộ kinh doanh tại {ward}",
          "Kiến nghị rút ngắn thời gian thay đổi nội dung đăng ký doanh nghiệp"},
         {"Công ty chúng tôi nộp hồ sơ thay đổi người đại diện theo pháp luật qua mạng ngày {date}, hệ thống "
          "báo lỗi chữ ký số {number} lần liên tiếp và không lưu được hồ sơ.",
          "Hộ kinh doanh của tôi trên {street} đã nộp đủ hồ sơ nhưng quá hạn vẫn chưa được cấp giấy chứng "
          "nhận, làm chậm việc ký hợp đồng thuê mặt bằng.",
          "Thủ tục thay đổi ngành nghề kinh doanh yêu cầu nộp lại toàn bộ điều lệ dù chỉ sửa một điều."},
         {"Đề nghị kiểm tra lỗi hệ thống và cho phép nộp hồ sơ bản giấy trong thời gian khắc phục.",
          "Kiến nghị chỉ yêu cầu nộp phần điều lệ được sửa đổi khi thay đổi nội dung đăng ký."}},
        {"giao_thong",
         14,
         {{"so-xay-dung", 3}, {"p-cau-giay", 1}, {"p-ba-dinh", 1}, {"p-hoan-kiem", 1}},
         {"Phản ánh mặt đường bị sụt lún, hư hỏng trên {street}",
          "Phản ánh ùn tắc giao thông kéo dài tại nút giao {street}",
          "Phản ánh đèn tín hiệu giao thông hoạt động không ổn định",
          "Kiến nghị bố trí thêm tuyến xe buýt đến {ward}"},
         {"Đoạn đường trước số nhà {number} {street} bị sụt lún sâu khoảng {number}0 cm, nước đọng sau mưa, "
          "đã xảy ra nhiều vụ ngã xe máy vào buổi tối.",
          "Giờ cao điểm sáng và chiều, các phương tiện xếp hàng dài hàng trăm mét trên {street}, không có "
          "lực lượng điều tiết giao thông.",
          "Cụm đèn tín hiệu tại ngã tư gần {ward} thường xuyên nhấp nháy vàng hoặc tắt hẳn từ ngày {date}.",
          "Người dân {ward} phải đi bộ hơn {number} km mới đến được điểm dừng xe buýt gần nhất, rất bất tiện "
          "cho người cao tuổi và học sinh."},
         {"Đề nghị cơ quan quản lý đường bộ khẩn trương sửa chữa mặt đường và cắm biển cảnh báo.",
          "Kiến nghị khảo sát, điều chỉnh chu kỳ đèn và phân luồng giao thông tại nút giao này."}},
        {"moi_truong",
         12,
         {{"so-nnmt", 4}, {"x-soc-son", 2}, {"p-hoan-kiem", 1}, {"p-cau-giay", 1}},
         {"Phản ánh ô nhiễm tiếng ồn từ cơ sở sản xuất trên {street}",
          "Phản ánh rác thải tồn đọng nhiều ngày tại {ward}",
          "Phản ánh tình trạng ngập úng khi mưa lớn trên {street}",
          "Phản ánh khói bụi từ việc đốt rơm rạ tại {ward}"},
         {"Cơ sở sản xuất trong ngõ {number} {street} vận hành máy móc từ 5 giờ sáng đến 11 giờ đêm, gây "
          "tiếng ồn và mùi khó chịu cho các hộ dân xung quanh.",
          "Điểm tập kết rác trên {street} không được thu gom đúng giờ, rác tràn ra lòng đường, bốc mùi hôi "
          "thối và thu hút ruồi muỗi.",
          "Mỗi khi mưa lớn, đoạn đường trước khu dân cư ngập sâu khoảng {number}0 cm trong nhiều giờ, nước "
          "tràn vào nhà dân.",
          "Sau mỗi vụ thu hoạch, việc đốt rơm rạ ở cánh đồng gần {ward} tạo khói mù dày đặc, ảnh hưởng sức "
          "khỏe người dân."},
         {"Đề nghị kiểm tra, xử lý nghiêm cơ sở gây ô nhiễm và công khai kết quả.",
          "Kiến nghị cải tạo hệ thống thoát nước và bố trí thêm thời gian thu gom rác."}},
        {"y_te",
         7,
         {{"so-y-te", 5}},
         {"Phản ánh thái độ phục vụ của nhân viên y tế tại bệnh viện",
          "Phản ánh việc thanh toán bảo hiểm y tế chưa đúng quy định",
          "Phản ánh cơ sở kinh doanh thuốc không rõ nguồn gốc trên {street}"},
         {"Ngày {date}, người nhà tôi đến khám tại khoa cấp cứu, phải chờ hơn {number} giờ mới được tiếp "
          "nhận, nhân viên trả lời thiếu tôn trọng.",
          "Bệnh viện yêu cầu tôi tự chi trả một số loại thuốc nằm trong danh mục được bảo hiểm y tế thanh "
          "toán.",
          "Cửa hàng trên {street} bán thuốc kê đơn không cần đơn thuốc và bán cả thực phẩm chức năng không "
          "có nhãn tiếng Việt."},
         {"Đề nghị Sở Y tế kiểm tra, chấn chỉnh và trả lời cho người bệnh.",
          "Kiến nghị tăng cường thanh tra các cơ sở kinh doanh dược phẩm trên địa bàn."}},
        {"giao_duc",
         7,
         {{"so-gd-dt", 5}},
         {"Phản ánh việc thu các khoản ngoài quy định đầu năm học",
          "Phản ánh tình trạng dạy thêm, học thêm tại trường học",
          "Kiến nghị mở rộng chỉ tiêu tuyển sinh lớp 10 công lập tại {ward}"},
         {"Đầu năm học, nhà trường thu thêm {number} khoản đóng góp không có trong danh mục được Hội đồng "
          "nhân dân Thành phố quy định.",
          "Giáo viên chủ nhiệm tổ chức dạy thêm tại nhà cho chính học sinh của lớp mình, gây áp lực cho phụ "
          "huynh.",
          "Số học sinh tốt nghiệp trung học cơ sở tại {ward} năm {year} tăng mạnh trong khi chỉ tiêu vào lớp "
          "10 công lập không đổi."},
         {"Đề nghị Sở Giáo dục và Đào tạo kiểm tra, yêu cầu nhà trường hoàn trả các khoản thu sai quy định.",
          "Kiến nghị bổ sung chỉ tiêu tuyển sinh và xây thêm trường học tại khu vực đông dân cư."}},
        {"lao_dong",
         6,
         {{"so-noi-vu", 4}, {"p-ba-dinh", 1}, {"x-soc-son", 1}},
         {"Phản ánh doanh nghiệp nợ lương, nợ bảo hiểm xã hội của người lao động",
          "Phản ánh chậm chi trả trợ cấp thất nghiệp", "Kiến nghị hỗ trợ người lao động mất việc tại {ward}"},
         {"Công ty nơi tôi làm việc đã nợ lương {number} tháng và không đóng bảo hiểm xã hội từ năm {year} "
          "dù vẫn khấu trừ vào lương hằng tháng.",
          "Tôi nộp hồ sơ hưởng trợ cấp thất nghiệp ngày {date} nhưng quá thời hạn vẫn chưa nhận được quyết "
          "định.",
          "Nhiều lao động ở {ward} mất việc sau khi nhà máy tạm dừng sản xuất, chưa được hướng dẫn học nghề "
          "và tìm việc làm mới."},
         {"Đề nghị thanh tra lao động vào cuộc, buộc doanh nghiệp trả lương và đóng bảo hiểm cho người lao "
          "động.",
          "Kiến nghị tổ chức phiên giao dịch việc làm lưu động tại địa phương."}},
        {"thue_phi",
         6,
         {{"so-tai-chinh", 4}, {"vp-ubnd", 1}},
         {"Phản ánh việc thu phí sử dụng tạm thời lòng đường, hè phố trên {street}",
          "Phản ánh chậm hoàn thuế thu nhập cá nhân", "Kiến nghị công khai mức thu phí trông giữ xe"},
         {"Hộ kinh doanh trên {street} bị thu phí sử dụng hè phố cao hơn mức được công bố, không được cấp "
          "biên lai đầy đủ.",
          "Hồ sơ đề nghị hoàn thuế thu nhập cá nhân năm {year} của tôi nộp ngày {date} đến nay chưa được "
          "giải quyết.",
          "Các điểm trông giữ xe quanh bệnh viện thu {number}0 nghìn đồng mỗi lượt, không niêm yết giá."},
         {"Đề nghị kiểm tra việc thu phí và hoàn trả khoản thu vượt cho người dân.",
          "Kiến nghị niêm yết công khai mức thu phí tại mọi điểm trông giữ xe."}},
    };
    return table;
}

const std::vector<Place> &places()
{
    static const std::vector<Place> table = {
        {"phường Hoàn Kiếm", {"phố Hàng Bông", "phố Đinh Tiên Hoàng", "phố Hàng Đào", "phố Lý Thái Tổ"}},
        {"phường Ba Đình", {"phố Đội Cấn", "đường Hoàng Hoa Thám", "phố Liễu Giai", "đường Điện Biên Phủ"}},
        {"phường Cầu Giấy",
         {"đường Trần Duy Hưng", "đường Xuân Thủy", "phố Trần Thái Tông", "đường Cầu Giấy"}},
        {"xã Sóc Sơn", {"đường Núi Đôi", "quốc lộ 3", "đường Đa Phúc"}},
        {"phường Đống Đa", {"đường Láng", "phố Tây Sơn", "phố Chùa Bộc"}},
        {"phường Hai Bà Trưng", {"phố Huế", "phố Lò Đúc", "đường Minh Khai"}},
        {"phường Thanh Xuân", {"đường Nguyễn Trãi", "đường Khuất Duy Tiến", "phố Vũ Trọng Phụng"}},
        {"phường Long Biên", {"đường Nguyễn Văn Cừ", "phố Ngọc Lâm", "phố Đức Giang"}},
    };
    return table;
}

const std::vector<std::pair<const char *, Phrases>> &unitOfficers()
{
    static const std::vector<std::pair<const char *, Phrases>> table = {
        {"so-xay-dung", {"chuyenvien.xd", "chuyenvien.xd", "chuyenvien2.xd", "lanhdao.xd", "daumoi.xd"}},
        {"cc-giam-dinh-xd", {"chuyenvien.gdxd"}},
        {"so-nnmt", {"chuyenvien.nnmt"}},
        {"so-tu-phap", {"canbo.tonghop"}},
        {"so-tai-chinh", {"chuyenvien.tc"}},
        {"so-y-te", {"chuyenvien.yt"}},
        {"so-gd-dt", {"chuyenvien.gd"}},
        {"so-noi-vu", {"chuyenvien.nv"}},
        {"p-hoan-kiem", {"chuyenvien.hk", "daumoi.hk"}},
        {"p-ba-dinh", {"chuyenvien.bd"}},
        {"p-cau-giay", {"chuyenvien.cg"}},
        {"x-soc-son", {"chuyenvien.ss"}},
        {"vp-ubnd", {"vanphong"}},
    };
    return table;
}

const Phrases kFamilyNames = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê",   "Lê",  "Phạm",
                              "Hoàng",  "Huỳnh",  "Phan",   "Vũ",   "Võ",   "Đặng", "Bùi", "Đỗ",
                              "Hồ",     "Ngô",    "Dương",  "Lý",   "Đào",  "Đinh", "Ân",  "Âu"};
const Phrases kMiddleNames = {"Văn", "Thị", "Đức", "Minh", "Ngọc", "Thu", "Hữu", "Quang", "Thanh", "Đình"};
const Phrases kGivenNames = {"An",   "Bình",  "Cường",  "Dũng", "Đạt",  "Giang", "Hà",   "Hải",   "Hằng",
                             "Hùng", "Hương", "Khánh",  "Lan",  "Linh", "Long",  "Mai",  "Minh",  "Nam",
                             "Nga",  "Phúc",  "Phương", "Quân", "Sơn",  "Tâm",   "Thảo", "Trang", "Tuấn",
                             "Uyên", "Việt",  "Yến",    "Ánh",  "Đông", "Ước",   "Ơn"};
const Phrases kCompanies = {"Công ty TNHH Xây dựng Thành Đạt", "Công ty Cổ phần Thương mại Đông Á",
                            "Hợp tác xã Nông nghiệp Đông Anh", "Công ty TNHH Dịch vụ Ánh Dương",
                            "Công ty Cổ phần Đầu tư Phú Điền"};
const Phrases kOpenings = {
    "Tôi là {name}, cư trú tại {address}, xin phản ánh sự việc như sau.",
    "Kính gửi cơ quan có thẩm quyền. Tôi tên là {name}, địa chỉ {address}.",
    "Thay mặt các hộ dân tổ dân phố số {number}, tôi là {name} ({address}) xin trình bày.",
};
const Phrases kRemarks = {
    "Sự việc đã kéo dài nhiều tháng, ảnh hưởng trực tiếp đến đời sống của người dân trong khu vực.",
    "Tôi đã gọi đường dây nóng của địa phương nhưng đến nay chưa nhận được phản hồi.",
    "Người dân trong khu vực đều rất bức xúc và đã kiến nghị nhiều lần tại các buổi tiếp xúc cử tri.",
};
const Phrases kClosings = {"Rất mong cơ quan chức năng sớm xem xét, giải quyết. Trân trọng cảm ơn.",
                           "Kính đề nghị được trả lời bằng văn bản. Xin chân thành cảm ơn.",
                           "Tôi xin cam đoan nội dung phản ánh trên là đúng sự thật."};

} // namespace pakn::bench::phrases
