// The libFuzzer entry point of one target: PAKN_FUZZ_FUNCTION names it (tests/fuzz/CMakeLists.txt).
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return pakn::fuzz::PAKN_FUZZ_FUNCTION(data, size);
}
