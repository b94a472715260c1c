#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace pakn {

/// The life-cycle states of a petition (domain.md §2). The wire names are part of the service contract
/// (docs/api.md) and must never change; the English labels are translated where they are shown.
enum class PetitionState {
    Submitted,        ///< Mới gửi / Chờ tiếp nhận
    NotAccepted,      ///< Không tiếp nhận (từ chối)
    Received,         ///< Đã tiếp nhận
    Classified,       ///< Đã phân loại
    Transferred,      ///< Chuyển xử lý (to a unit in the city)
    Forwarded,        ///< Chuyển cơ quan khác (outside the city)
    InProgress,       ///< Đang xử lý
    AwaitingApproval, ///< Chờ duyệt (lãnh đạo)
    Replied,          ///< Đã có kết quả / Đã trả lời
    SentBack,         ///< Trả lại / Yêu cầu xử lý lại (by the city office)
    Published,        ///< Đã công khai
    Archived,         ///< Lưu trữ / Đóng
};

/// Every state, in process order.
inline constexpr PetitionState kAllPetitionStates[] = {
    PetitionState::Submitted,  PetitionState::NotAccepted,      PetitionState::Received,
    PetitionState::Classified, PetitionState::Transferred,      PetitionState::Forwarded,
    PetitionState::InProgress, PetitionState::AwaitingApproval, PetitionState::Replied,
    PetitionState::SentBack,   PetitionState::Published,        PetitionState::Archived,
};

QString toWireName(PetitionState state);
std::optional<PetitionState> petitionStateFromWire(const QString &wireName);
/// The English label, untranslated; translate with QCoreApplication::translate("PetitionState", label).
const char *untranslatedLabel(PetitionState state);
/// The label in the application's current language.
QString displayLabel(PetitionState state);
/// True for the states in which the process has ended (nothing more will happen to the petition).
bool isClosed(PetitionState state);
/// True while the handling deadline runs: from submission until a reply is recorded (domain.md §1.2 steps
/// 1–5).
bool deadlineRuns(PetitionState state);

} // namespace pakn
