#include "report/pdf_document.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <stdexcept>

#include <fmt/format.h>

#include "vclear/sha256.hpp"

namespace vclear::detail {
namespace {

// libharu reports errors through this handler (never by aborting); the first one is kept and
// turned into an exception by check(), so a broken page never reaches the user as a crash.
void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* data) {
  auto* slot = static_cast<PdfError*>(data);
  if (slot->code == HPDF_OK) *slot = {error, detail};
}

// PDF information strings are written as raw bytes (PDFDocEncoding): keep them ASCII.
std::string ascii(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) out += text[i];
    else if ((c & 0xC0) != 0x80) out += c == 0xE2 ? '-' : '?';  // dashes and minus signs start with E2
  }
  return out;
}

// The creation date from SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/).
std::optional<HPDF_Date> source_date() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch || !*epoch) return std::nullopt;
  char* end = nullptr;
  const long long seconds = std::strtoll(epoch, &end, 10);
  if (*end != '\0' || seconds < 0)
    throw std::runtime_error(fmt::format("SOURCE_DATE_EPOCH must be a number of seconds since 1970, not '{}'", epoch));
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm utc{};
  gmtime_r(&t, &utc);
  HPDF_Date date{};
  date.year = utc.tm_year + 1900;
  date.month = utc.tm_mon + 1;
  date.day = utc.tm_mday;
  date.hour = utc.tm_hour;
  date.minutes = utc.tm_min;
  date.seconds = utc.tm_sec;
  date.ind = 'Z';
  return date;
}

constexpr float kTop = PdfDocument::kHeight - 62, kBottom = 58;
// Column widths are measured text plus padding; float rounding must not make a text that was
// measured to fit look a hair too wide and wrap.
constexpr float kSlack = 0.01f;
constexpr Rgb kRule{0.55f, 0.6f, 0.65f}, kHeaderFill{0.91f, 0.93f, 0.96f}, kBand{0.975f, 0.98f, 0.99f};

}  // namespace

PdfDocument::PdfDocument() {
  doc_ = HPDF_New(on_error, &error_);
  if (!doc_) throw std::runtime_error("cannot create a PDF document (libharu)");
  HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc_);
  const std::string dir = VCLEAR_FONT_DIR;
  const char* regular = HPDF_LoadTTFontFromFile(doc_, (dir + "/DejaVuSans.ttf").c_str(), HPDF_TRUE);
  const char* bold = HPDF_LoadTTFontFromFile(doc_, (dir + "/DejaVuSans-Bold.ttf").c_str(), HPDF_TRUE);
  if (!regular || !bold) {
    HPDF_Free(doc_);
    throw std::runtime_error("cannot load the DejaVu Sans fonts from " + dir + " (install fonts-dejavu-core)");
  }
  regular_ = HPDF_GetFont(doc_, regular, "UTF-8");
  bold_ = HPDF_GetFont(doc_, bold, "UTF-8");
  check();
  new_page();
}

PdfDocument::~PdfDocument() {
  if (doc_) HPDF_Free(doc_);
}

void PdfDocument::check() const {
  if (error_.code != HPDF_OK)
    throw std::runtime_error(fmt::format("PDF rendering failed: libharu error 0x{:04X} (detail {})", error_.code,
                                         error_.detail));
}

void PdfDocument::new_page() {
  page_ = HPDF_AddPage(doc_);
  HPDF_Page_SetSize(page_, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
  pages_.push_back(page_);
  y_ = kTop;
}

void PdfDocument::ensure(float height) {
  if (y_ - height < kBottom) new_page();
}

float PdfDocument::text_width(const std::string& text, float size, bool bold) const {
  HPDF_Page_SetFontAndSize(page_, font(bold), size);
  return HPDF_Page_TextWidth(page_, text.c_str());
}

void PdfDocument::text_at(HPDF_Page page, float x, float y, const std::string& text, float size, bool bold, Rgb color) {
  if (text.empty()) return;
  HPDF_Page_SetRGBFill(page, color.r, color.g, color.b);
  HPDF_Page_BeginText(page);
  HPDF_Page_SetFontAndSize(page, font(bold), size);
  HPDF_Page_TextOut(page, x, y, text.c_str());
  HPDF_Page_EndText(page);
}

std::vector<std::string> PdfDocument::wrap(const std::string& text, float width, float size, bool bold) const {
  std::vector<std::string> lines;
  std::string line;
  std::size_t i = 0;
  while (i <= text.size()) {
    const std::size_t space = std::min(text.find(' ', i), text.size());
    const std::string word = text.substr(i, space - i);
    const std::string candidate = line.empty() ? word : line + " " + word;
    if (!line.empty() && text_width(candidate, size, bold) > width + kSlack) {
      lines.push_back(line);
      line = word;
    } else {
      line = candidate;
    }
    // A single word wider than the column is cut where it fits.
    while (text_width(line, size, bold) > width + kSlack && line.size() > 1) {
      std::size_t cut = line.size() - 1;
      while (cut > 1 && text_width(line.substr(0, cut), size, bold) > width + kSlack) --cut;
      while (cut > 1 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
      lines.push_back(line.substr(0, cut));
      line = line.substr(cut);
    }
    i = space + 1;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

void PdfDocument::heading(const std::string& text, int level) {
  const float size = level == 0 ? 18.0f : level == 1 ? 13.0f : 10.5f;
  ensure(level == 0 ? size * 2 : level == 1 ? 140.0f : 120.0f);  // keep a heading with what follows it
  y_ -= level == 0 ? 0 : size * 0.9f;
  for (const std::string& line : wrap(text, kWidth - 2 * kMargin, size, true)) {
    y_ -= size * 1.25f;
    text_at(page_, kMargin, y_, line, size, true, level == 1 ? Rgb{0.1f, 0.22f, 0.4f} : Rgb{0, 0, 0});
  }
  if (level == 1) {
    HPDF_Page_SetRGBStroke(page_, 0.1f, 0.22f, 0.4f);
    HPDF_Page_SetLineWidth(page_, 0.8f);
    HPDF_Page_MoveTo(page_, kMargin, y_ - 4);
    HPDF_Page_LineTo(page_, kWidth - kMargin, y_ - 4);
    HPDF_Page_Stroke(page_);
  }
  y_ -= size * 0.6f;
}

void PdfDocument::paragraph(const std::string& text, float size, bool bold, Rgb color) {
  for (const std::string& line : wrap(text, kWidth - 2 * kMargin, size, bold)) {
    ensure(size * 1.4f);
    y_ -= size * 1.4f;
    text_at(page_, kMargin, y_, line, size, bold, color);
  }
  y_ -= size * 0.5f;
}

void PdfDocument::key_values(const std::vector<std::pair<std::string, std::string>>& rows) {
  const float size = 9.0f;
  float key_width = 60;
  for (const auto& row : rows) key_width = std::max(key_width, text_width(row.first, size, true) + 12);
  key_width = std::min(key_width, 150.0f);
  for (const auto& [key, value] : rows) {
    const std::vector<std::string> lines = wrap(value, kWidth - 2 * kMargin - key_width, size, false);
    ensure(size * 1.45f * lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      y_ -= size * 1.45f;
      if (i == 0) text_at(page_, kMargin, y_, key, size, true, {0.25f, 0.25f, 0.3f});
      text_at(page_, kMargin + key_width, y_, lines[i], size, false);
    }
    if (lines.size() > 1) y_ -= size * 0.3f;  // set a wrapped value apart from the next key
  }
  y_ -= 6;
}

void PdfDocument::table(const Table& t, float size) {
  const std::size_t columns = t.header.size();
  const float available = kWidth - 2 * kMargin, pad = 3;
  // Natural widths, then shrink the widest columns (wrapping them) until the table fits.
  // A column never shrinks below its longest word, so words are not split.
  std::vector<float> width(columns, 0), least(columns, 0);
  auto longest_word = [&](const std::string& text, bool bold) {
    float w = 0;
    for (std::size_t i = 0; i <= text.size();) {
      const std::size_t end = std::min(text.find(' ', i), text.size());
      w = std::max(w, text_width(text.substr(i, end - i), size, bold));
      i = end + 1;
    }
    return w + 2 * pad;
  };
  for (std::size_t c = 0; c < columns; ++c) {
    width[c] = text_width(t.header[c], size, true) + 2 * pad;
    least[c] = longest_word(t.header[c], true);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      if (c >= t.rows[r].size()) continue;
      const bool bold = r < t.emphasis.size() && t.emphasis[r];
      const float natural = text_width(t.rows[r][c], size, bold) + 2 * pad;
      width[c] = std::max(width[c], natural);
      // A number with its sign and interval ("≥ 5.28 ± 0.28") is never split over lines.
      const bool numeric = c < t.numeric.size() && t.numeric[c];
      least[c] = std::max(least[c], numeric ? natural : longest_word(t.rows[r][c], bold));
    }
  }
  float total = 0;
  for (float w : width) total += w;
  while (total > available) {
    std::size_t widest = columns;
    for (std::size_t c = 0; c < columns; ++c)
      if (width[c] > least[c] + 0.5f && (widest == columns || width[c] > width[widest])) widest = c;
    if (widest == columns) break;  // every column at its longest word: let words break
    const float shrink = std::min({total - available, width[widest] * 0.1f + 1, width[widest] - least[widest]});
    width[widest] -= shrink;
    total -= shrink;
  }
  while (total > available) {
    const auto widest = std::max_element(width.begin(), width.end());
    const float shrink = std::min(total - available, *widest * 0.1f + 1);
    *widest -= shrink;
    total -= shrink;
  }
  const float line = size * 1.3f;
  auto row_lines = [&](const std::vector<std::string>& row, bool bold) {
    std::vector<std::vector<std::string>> cells(columns);
    std::size_t height = 1;
    for (std::size_t c = 0; c < columns; ++c) {
      cells[c] = wrap(c < row.size() ? row[c] : "", width[c] - 2 * pad, size, bold);
      height = std::max(height, cells[c].size());
    }
    return std::make_pair(cells, height);
  };
  auto draw_row = [&](const std::vector<std::string>& row, bool bold, bool header, bool band) {
    const auto [cells, lines] = row_lines(row, bold || header);
    const float height = lines * line + 2 * pad;
    if (band || header) {
      const Rgb fill = header ? kHeaderFill : kBand;
      HPDF_Page_SetRGBFill(page_, fill.r, fill.g, fill.b);
      HPDF_Page_Rectangle(page_, kMargin, y_ - height, total, height);
      HPDF_Page_Fill(page_);
    }
    float x = kMargin;
    for (std::size_t c = 0; c < columns; ++c) {
      for (std::size_t l = 0; l < cells[c].size(); ++l) {
        const float w = text_width(cells[c][l], size, bold || header);
        const bool right = c < t.numeric.size() && t.numeric[c];
        text_at(page_, right ? x + width[c] - pad - w : x + pad, y_ - pad - (l + 1) * line + size * 0.28f, cells[c][l], size,
                bold || header);
      }
      x += width[c];
    }
    y_ -= height;
    HPDF_Page_SetRGBStroke(page_, kRule.r, kRule.g, kRule.b);
    HPDF_Page_SetLineWidth(page_, header ? 0.7f : 0.25f);
    HPDF_Page_MoveTo(page_, kMargin, y_);
    HPDF_Page_LineTo(page_, kMargin + total, y_);
    HPDF_Page_Stroke(page_);
  };
  const float header_height = row_lines(t.header, true).second * line + 2 * pad;
  std::vector<float> heights;
  float table_height = header_height;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    heights.push_back(row_lines(t.rows[r], r < t.emphasis.size() && t.emphasis[r]).second * line + 2 * pad);
    table_height += heights.back();
  }
  // A table that fits on one page is kept whole; a longer one starts with its header and a row.
  const float caption_height = caption_.empty() ? 0 : 15;
  ensure(caption_height +
         (table_height <= kTop - kBottom ? table_height : header_height + (heights.empty() ? 0 : heights.front())));
  if (!caption_.empty()) {
    y_ -= 11;
    text_at(page_, kMargin, y_, caption_, 8.5f, true, {0.25f, 0.25f, 0.3f});
    y_ -= 4;
    caption_.clear();
  }
  draw_row(t.header, true, true, false);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const float height = heights[r];
    if (y_ - height < kBottom) {  // break the table: continue on a new page under a repeated header
      new_page();
      draw_row(t.header, true, true, false);
    }
    draw_row(t.rows[r], r < t.emphasis.size() && t.emphasis[r], false, r % 2 == 1);
  }
  y_ -= 10;
  check();
}

void PdfDocument::caption(const std::string& text) { caption_ = text; }

void PdfDocument::figure(float height, const std::function<void(HPDF_Page, float, float, float)>& draw) {
  ensure(height);
  draw(page_, kMargin, y_, kWidth - 2 * kMargin);
  y_ -= height;
  check();
}

void PdfDocument::write_info(const PdfInfo& info) {
  HPDF_SetInfoAttr(doc_, HPDF_INFO_CREATOR, ascii("vclear " VCLEAR_VERSION).c_str());
  if (!info.title.empty()) HPDF_SetInfoAttr(doc_, HPDF_INFO_TITLE, ascii(info.title).c_str());
  if (!info.subject.empty()) HPDF_SetInfoAttr(doc_, HPDF_INFO_SUBJECT, ascii(info.subject).c_str());
  if (!info.keywords.empty()) HPDF_SetInfoAttr(doc_, HPDF_INFO_KEYWORDS, ascii(info.keywords).c_str());
  if (const std::optional<HPDF_Date> date = source_date()) {
    HPDF_SetInfoDateAttr(doc_, HPDF_INFO_CREATION_DATE, *date);
    HPDF_SetInfoDateAttr(doc_, HPDF_INFO_MOD_DATE, *date);
  }
  // The file identifier (PDF 1.4 §10.3): libharu writes one only for encrypted files; derive it
  // from the inputs so that the same inputs give the same bytes.
  const std::string digest = sha256_hex(info.id_seed.empty() ? info.title + info.subject : info.id_seed);
  HPDF_BYTE id[16];
  for (std::size_t i = 0; i < 16; ++i) id[i] = static_cast<HPDF_BYTE>(std::stoi(digest.substr(2 * i, 2), nullptr, 16));
  HPDF_Array ids = HPDF_Array_New(doc_->mmgr);
  if (!ids) check();
  HPDF_Array_Add(ids, HPDF_Binary_New(doc_->mmgr, id, sizeof id));
  HPDF_Array_Add(ids, HPDF_Binary_New(doc_->mmgr, id, sizeof id));
  HPDF_Dict_Add(doc_->trailer, "ID", ids);
  check();
}

std::string PdfDocument::finish(const std::string& header_left, const std::string& header_right, const PdfInfo& info) {
  write_info(info);
  const std::size_t n = pages_.size();
  // The left header gives way to the right one: cut at a character boundary, with an ellipsis.
  std::string left = header_left;
  const float room = kWidth - 2 * kMargin - text_width(header_right, 7.5f, false) - 20;
  if (text_width(left, 7.5f, false) > room) {
    while (!left.empty() && text_width(left + "…", 7.5f, false) > room) {
      // Drop one whole code point: its continuation bytes, then its lead byte.
      while (!left.empty() && (static_cast<unsigned char>(left.back()) & 0xC0) == 0x80) left.pop_back();
      if (!left.empty()) left.pop_back();
    }
    left += "…";
  }
  for (std::size_t i = 0; i < n; ++i) {
    HPDF_Page p = pages_[i];
    const Rgb grey{0.4f, 0.4f, 0.45f};
    text_at(p, kMargin, kHeight - 36, left, 7.5f, false, grey);
    text_at(p, kWidth - kMargin - text_width(header_right, 7.5f, false), kHeight - 36, header_right, 7.5f, false, grey);
    HPDF_Page_SetRGBStroke(p, kRule.r, kRule.g, kRule.b);
    HPDF_Page_SetLineWidth(p, 0.4f);
    HPDF_Page_MoveTo(p, kMargin, kHeight - 41);
    HPDF_Page_LineTo(p, kWidth - kMargin, kHeight - 41);
    HPDF_Page_Stroke(p);
    HPDF_Page_MoveTo(p, kMargin, 44);
    HPDF_Page_LineTo(p, kWidth - kMargin, 44);
    HPDF_Page_Stroke(p);
    const std::string footer = fmt::format("page {} of {}", i + 1, n);
    text_at(p, kWidth - kMargin - text_width(footer, 7.5f, false), 32, footer, 7.5f, false, grey);
    text_at(p, kMargin, 32, "vclear — viral clearance per ICH Q5A(R2)", 7.5f, false, grey);
  }
  check();
  if (HPDF_SaveToStream(doc_) != HPDF_OK) check();
  std::string bytes(HPDF_GetStreamSize(doc_), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  bytes.resize(size);
  check();
  return bytes;
}

}  // namespace vclear::detail
