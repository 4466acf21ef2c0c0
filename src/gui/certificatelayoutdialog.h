// Công cụ căn chỉnh giấy khen: where each field of a certificate is printed on
// the federation's pre-printed blank (X/Y in millimetres from the sheet's
// top-left corner, font family, size, bold, italic). "Trang in thử…" previews
// the calibration page (a millimetre grid with every field) of the layout being
// edited; Lưu stores it database-wide (docs::saveCertificateLayout).
#pragma once

#include "certificates.h"

#include <QDialog>

class QTableWidget;

namespace vd {
class Database;
}

namespace vd::gui {

class CertificateLayoutDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateLayoutDialog(Database &db, QWidget *parent = nullptr);

    // The layout as edited in the form.
    docs::CertificateLayout layout() const;
    void setLayout(const docs::CertificateLayout &layout);
    // Saves the form's layout; warns (through Dialogs) and returns false on error.
    bool save();
    void showTestPage();

    enum Column { FieldColumn, XColumn, YColumn, FontColumn, SizeColumn, BoldColumn, ItalicColumn, ColumnCount };

private:
    Database &m_db;
    docs::CertificateLayout m_base; // keeps what the form does not edit (alignment, widths)
    QTableWidget *m_table = nullptr;
};

} // namespace vd::gui
