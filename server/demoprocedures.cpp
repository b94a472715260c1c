#include "demoprocedures.h"

#include <cstring>
#include <iterator>

namespace pakn::server::demo {
namespace {

/// One row: a procedure (code and name) or, with a null code, a regulation text.
struct ProcedureRow
{
    const char *field;
    const char *code; ///< nullptr: a regulation text
    const char *name;
};

// Invented demo codes and document numbers (see demoprocedures.h); the names follow the national database's
// wording of real procedures.
constexpr ProcedureRow kProcedures[] = {
    {"dat_dai", "1.004227",
     "Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất "
     "lần đầu"},
    {"dat_dai", "1.004203",
     "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, "
     "thừa kế"},
    {"dat_dai", "1.004199", "Tách thửa hoặc hợp thửa đất"},
    {"dat_dai", nullptr,
     "Quyết định số 12/2024/QĐ-UBND quy định điều kiện tách thửa đất trên địa bàn Thành phố"},
    {"xay_dung", "1.009972", "Cấp giấy phép xây dựng nhà ở riêng lẻ"},
    {"xay_dung", "1.009973", "Cấp giấy phép sửa chữa, cải tạo công trình"},
    {"xay_dung", "1.009976", "Gia hạn giấy phép xây dựng"},
    {"xay_dung", nullptr,
     "Quyết định số 26/2023/QĐ-UBND quy định phân cấp cấp giấy phép xây dựng trên địa bàn Thành phố"},
    {"ho_tich", "1.001193", "Đăng ký khai sinh"},
    {"ho_tich", "1.000894", "Đăng ký kết hôn"},
    {"ho_tich", "1.004873", "Cấp bản sao trích lục hộ tịch"},
    {"ho_tich", nullptr,
     "Quyết định số 08/2024/QĐ-UBND quy định thời gian giải quyết thủ tục hộ tịch liên thông"},
    {"dang_ky_kinh_doanh", "2.001610", "Đăng ký thành lập hộ kinh doanh"},
    {"dang_ky_kinh_doanh", "2.000575", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh"},
    {"dang_ky_kinh_doanh", "1.010010",
     "Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên"},
    {"giao_thong", "1.001023", "Cấp giấy phép thi công công trình trên đường bộ đang khai thác"},
    {"giao_thong", "1.002835", "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp"},
    {"giao_thong", nullptr,
     "Quyết định số 30/2024/QĐ-UBND quy định quản lý, sử dụng tạm thời một phần hè phố ngoài mục đích giao "
     "thông"},
    {"moi_truong", "1.010727", "Cấp giấy phép môi trường"},
    {"moi_truong", "1.010733", "Đăng ký môi trường"},
    {"moi_truong", nullptr,
     "Quyết định số 15/2024/QĐ-UBND quy định quản lý chất thải rắn sinh hoạt trên địa bàn Thành phố"},
    {"y_te", "1.003538", "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"},
    {"y_te", "1.001907", "Cấp giấy phép hoạt động đối với phòng khám chuyên khoa"},
    {"giao_duc", "1.005092", "Chuyển trường đối với học sinh trung học cơ sở"},
    {"giao_duc", "1.004438", "Cho phép trường mầm non hoạt động giáo dục"},
    {"giao_duc", nullptr, "Quyết định số 21/2024/QĐ-UBND quy định mức thu học phí năm học 2024-2025"},
    {"lao_dong", "1.001978", "Giải quyết hưởng trợ cấp thất nghiệp"},
    {"lao_dong", "1.000459", "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam"},
    {"thue_phi", "1.010818", "Miễn, giảm tiền thuê đất"},
    {"thue_phi", nullptr,
     "Nghị quyết số 05/2024/NQ-HĐND quy định mức thu phí, lệ phí thuộc thẩm quyền của Hội đồng nhân dân "
     "Thành "
     "phố"},
};

/// A mix of the seeds that the generator of demodata.cpp never draws (splitmix32's finaliser).
quint32 mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

AdminProcedure adminProcedureFor(const char *fieldId, quint32 textSeed, quint32 seed)
{
    const quint32 h = mix(textSeed ^ mix(seed ^ 0x70726f63U)); // "proc"
    const quint32 roll = h % 100;
    if (roll >= 85)
        return {}; // names neither
    const bool wantRegulation = roll >= 70;
    const ProcedureRow *candidates[std::size(kProcedures)];
    std::size_t n = 0;
    for (const ProcedureRow &row : kProcedures) {
        if (std::strcmp(row.field, fieldId) == 0 && (row.code == nullptr) == wantRegulation)
            candidates[n++] = &row;
    }
    if (n == 0)
        return {}; // the field has no regulation text in the table
    const ProcedureRow *chosen = candidates[(h / 100) % n];
    return {chosen->code ? text(chosen->code) : QString(), text(chosen->name)};
}

} // namespace pakn::server::demo
