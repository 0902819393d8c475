#pragma once
// SHA-256 digests for traceability (the study file in reports, the executable in qualification).
#include <optional>
#include <string>
#include <string_view>

namespace vclear {

std::string sha256_hex(std::string_view bytes);                    // 64 lowercase hex digits
std::optional<std::string> sha256_file(const std::string& path);  // nullopt when unreadable

}  // namespace vclear
