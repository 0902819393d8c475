#pragma once
// Internal: a small page-layout layer over libharu (A4, embedded DejaVu Sans, UTF-8 text):
// a cursor that flows text, tables and figures down pages, breaking pages where needed.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <hpdf.h>

#include "report/report_model.hpp"

namespace vclear::detail {

struct Rgb {
  float r, g, b;
};

// Document information, written the same way for the same inputs (no wall-clock date: the
// creation date comes from SOURCE_DATE_EPOCH when it is set, as reproducible builds expect).
struct PdfInfo {
  std::string title, subject, keywords;
  std::string id_seed;  // the file identifier is derived from it (e.g. the study's SHA-256)
};

struct PdfError {  // the first error libharu reported
  HPDF_STATUS code = HPDF_OK, detail = 0;
};

class PdfDocument {
 public:
  static constexpr float kWidth = 595.276f, kHeight = 841.89f, kMargin = 50.0f;

  PdfDocument();
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  void heading(const std::string& text, int level);
  void caption(const std::string& text);  // a small bold label, drawn with (and kept with) the next table
  void paragraph(const std::string& text, float size = 9.5f, bool bold = false, Rgb color = {0, 0, 0});
  void key_values(const std::vector<std::pair<std::string, std::string>>& rows);
  void table(const Table& table, float size = 8.0f);
  void space(float points) { y_ -= points; }
  // Reserves `height` points (a new page if they do not fit) and calls draw(page, left, top, width).
  void figure(float height, const std::function<void(HPDF_Page, float, float, float)>& draw);
  // Page header and "page X of Y" footer on every page; then the bytes of the document.
  std::string finish(const std::string& header_left, const std::string& header_right, const PdfInfo& info = {});

  HPDF_Font font(bool bold) const { return bold ? bold_ : regular_; }
  float text_width(const std::string& text, float size, bool bold) const;
  void text_at(HPDF_Page page, float x, float y, const std::string& text, float size, bool bold = false,
               Rgb color = {0, 0, 0});

 private:
  void new_page();
  void ensure(float height);
  std::vector<std::string> wrap(const std::string& text, float width, float size, bool bold) const;
  void check() const;
  void write_info(const PdfInfo& info);

  HPDF_Doc doc_ = nullptr;
  HPDF_Font regular_ = nullptr, bold_ = nullptr;
  std::vector<HPDF_Page> pages_;
  HPDF_Page page_ = nullptr;
  float y_ = 0;
  PdfError error_;
  std::string caption_;  // waiting for the table it labels
};

}  // namespace vclear::detail
