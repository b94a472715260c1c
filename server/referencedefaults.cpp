#include "referencedefaults.h"

#include "demodata.h"
#include "demophrases.h"

#include <QJsonDocument>

namespace pakn::server {
namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct LabelRow
{
    const char *id;
    const char *name;
};

constexpr LabelRow kKinds[] = {{"feedback", "Phản ánh"}, {"recommendation", "Kiến nghị"}};

constexpr LabelRow kChannels[] = {
    {"portal", "Cổng Dịch vụ công quốc gia"},
    {"zalo", "Zalo"},
    {"hotline", "Đường dây nóng"},
    {"email", "Thư điện tử"},
    {"post", "Bưu chính"},
    {"in_person", "Trực tiếp"},
};

// Decree 20/2008 art. 5; category 1 concerns officials' conduct, 2-8 a rule.
constexpr const char *kCategories[] = {
    "Vướng mắc do hành vi chậm trễ, gây phiền hà hoặc không thực hiện, thực hiện không đúng quy định của cơ "
    "quan, cán bộ, công chức",
    "Quy định hành chính không phù hợp với thực tế",
    "Quy định hành chính không đồng bộ, không thống nhất với các quy định khác",
    "Quy định hành chính không hợp pháp",
    "Quy định hành chính trái với điều ước quốc tế mà Việt Nam đã ký kết hoặc gia nhập",
    "Những vấn đề khác liên quan đến quy định hành chính",
    "Đề xuất phương án xử lý phản ánh",
    "Sáng kiến ban hành mới quy định hành chính",
};

// Decree 20 art. 1 and 7 (what is not accepted) and decision 574 (complaints, legal advice).
constexpr LabelRow kRejectReasons[] = {
    {"anonymous", "Không có họ tên, địa chỉ, số điện thoại của người phản ánh (nặc danh)"},
    {"unclear_content", "Nội dung không rõ ràng"},
    {"not_vietnamese", "Không sử dụng tiếng Việt"},
    {"complaint_or_denunciation", "Là khiếu nại, tố cáo: giải quyết theo pháp luật về khiếu nại, tố cáo"},
    {"legal_advice", "Là yêu cầu hướng dẫn, giải đáp pháp luật"},
    {"duplicate", "Trùng với phản ánh, kiến nghị đã tiếp nhận"},
    {"not_administrative_regulation", "Không thuộc phạm vi quy định hành chính"},
};

struct TemplateRow
{
    const char *id;
    const char *name;
    const char *field; // nullptr: any field
    const char *subject;
    const char *body;
};

constexpr TemplateRow kTemplates[] = {
    {"tra-loi-chung", "Trả lời chung", nullptr, "V/v trả lời phản ánh, kiến nghị mã số {code}",
     "Kính gửi: {submitter_name}\n\n"
     "Ngày {received_date}, {unit_name} nhận được phản ánh, kiến nghị mã số {code} về việc \"{title}\".\n\n"
     "Sau khi xem xét, {unit_name} trả lời như sau:\n\n"
     "[Nội dung trả lời]\n\n"
     "{unit_name} trân trọng cảm ơn sự quan tâm của {submitter_name}."},
    {"chuyen-tham-quyen", "Thông báo chuyển cơ quan có thẩm quyền", nullptr,
     "V/v chuyển phản ánh, kiến nghị mã số {code}",
     "Kính gửi: {submitter_name}\n\n"
     "Phản ánh, kiến nghị mã số {code} về việc \"{title}\" không thuộc thẩm quyền giải quyết của "
     "{unit_name}. Ngày {today}, {unit_name} đã chuyển phản ánh, kiến nghị đến cơ quan có thẩm quyền để xem "
     "xét, xử lý theo quy định."},
    {"xay-dung-cap-phep", "Trả lời về cấp giấy phép xây dựng", "xay_dung",
     "V/v trả lời phản ánh về thủ tục cấp giấy phép xây dựng (mã số {code})",
     "Kính gửi: {submitter_name}\n\n"
     "Về phản ánh, kiến nghị mã số {code} nhận ngày {received_date}, {unit_name} trả lời như sau:\n\n"
     "1. Thành phần hồ sơ và thời hạn cấp giấy phép xây dựng thực hiện theo Luật Xây dựng và các văn bản "
     "hướng dẫn.\n"
     "2. [Kết quả kiểm tra, xử lý cụ thể]\n\n"
     "Mọi vướng mắc đề nghị liên hệ Bộ phận Một cửa của {unit_name} để được hướng dẫn."},
    {"dat-dai-gcn", "Trả lời về cấp giấy chứng nhận quyền sử dụng đất", "dat_dai",
     "V/v trả lời phản ánh về cấp giấy chứng nhận (mã số {code})",
     "Kính gửi: {submitter_name}\n\n"
     "{unit_name} đã nhận phản ánh, kiến nghị mã số {code} ngày {received_date} về việc \"{title}\". "
     "Kết quả xem xét như sau:\n\n"
     "[Nội dung trả lời]\n\n"
     "Trân trọng."},
    {"thu-tuc-hanh-chinh", "Trả lời về thủ tục hành chính, quy định liên quan", nullptr,
     "V/v trả lời phản ánh, kiến nghị về thủ tục hành chính (mã số {code})",
     "Kính gửi: {submitter_name}\n\n"
     "Ngày {received_date}, {unit_name} nhận được phản ánh, kiến nghị mã số {code} về việc \"{title}\", liên "
     "quan "
     "đến thủ tục hành chính, quy định: {procedure}.\n\n"
     "Sau khi rà soát quy định và thực tế giải quyết thủ tục, {unit_name} trả lời như sau:\n\n"
     "[Nội dung trả lời]\n\n"
     "{unit_name} trân trọng cảm ơn sự quan tâm của {submitter_name}."},
};

struct FileTypeRow
{
    const char *mime;
    const char *extensions; // space-separated
};

// domain.md §3: JPG, PDF, DOC, DOCX, XLS, XLSX (the national portal's form), plus PNG for scans.
constexpr FileTypeRow kFileTypes[] = {
    {"application/pdf", ".pdf"},
    {"image/jpeg", ".jpg .jpeg"},
    {"image/png", ".png"},
    {"application/msword", ".doc"},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"},
    {"application/vnd.ms-excel", ".xls"},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"},
};

// Published by the Ministry of Labour for civil servants (domain.md §6): the Tết holidays of 2024 (Thu
// 08/02 – Wed 14/02) and 2025 (Sat 25/01 – Sun 02/02, with Mon 27/01 swapped for Sat 08/02), and the
// Victory Day bridge of 2024 (Mon 29/04 off, Sat 04/05 worked).
constexpr const char *kDemoOverrides = R"([
  {"year": 2024,
   "days_off": [{"date": "2024-04-29", "reason": "Nghỉ hoán đổi, làm bù thứ Bảy 04/05/2024"}],
   "working_days": [{"date": "2024-05-04", "reason": "Làm bù cho thứ Hai 29/04/2024"}],
   "holiday_windows": [{"holiday": "lunar_new_year", "first": "2024-02-08", "last": "2024-02-14"}]},
  {"year": 2025,
   "working_days": [{"date": "2025-02-08", "reason": "Làm bù cho thứ Hai 27/01/2025"}],
   "holiday_windows": [{"holiday": "lunar_new_year", "first": "2025-01-25", "last": "2025-02-02"}]}
])";

QList<Label> labels(const LabelRow *rows, std::size_t n)
{
    QList<Label> out;
    for (std::size_t i = 0; i < n; ++i)
        out.append(Label{text(rows[i].id), text(rows[i].name)});
    return out;
}

} // namespace

CalendarOverrides demoCalendarOverrides()
{
    static const CalendarOverrides overrides = [] {
        Decoded<CalendarOverrides> d = CalendarOverrides::fromJson(QByteArray(kDemoOverrides));
        Q_ASSERT_X(d, "demoCalendarOverrides", qPrintable(d.error));
        return d ? *d.value : CalendarOverrides();
    }();
    return overrides;
}

ReferenceData defaultReferenceData()
{
    ReferenceData d;
    for (const Unit &u : DemoData::units())
        d.units.append(UnitInfo{u.id, u.parentId, u.name, u.kind});
    for (const demo::FieldPhrases &f : demo::phrases().fields)
        d.fields.append(Label{text(f.id), text(f.name)});
    d.kinds = labels(kKinds, std::size(kKinds));
    for (std::size_t i = 0; i < std::size(kCategories); ++i)
        d.categories.append(CategoryInfo{
            static_cast<int>(i) + 1, i == 0 ? ClassificationKind::Conduct : ClassificationKind::Regulation,
            text(kCategories[i])});
    d.channels = labels(kChannels, std::size(kChannels));
    d.rejectReasons = labels(kRejectReasons, std::size(kRejectReasons));
    for (const TemplateRow &t : kTemplates)
        d.replyTemplates.append(ReplyTemplate{text(t.id), text(t.name), t.field ? text(t.field) : QString(),
                                              text(t.subject), text(t.body)});
    for (const FileTypeRow &t : kFileTypes)
        d.attachmentPolicy.types.append(
            AllowedFileType{text(t.mime), text(t.extensions).split(QLatin1Char(' '), Qt::SkipEmptyParts)});
    d.deadlinePolicy = DeadlinePolicy();
    d.calendarOverrides = demoCalendarOverrides();
    return d;
}

} // namespace pakn::server
