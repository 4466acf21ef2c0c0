# Precompiled headers: the Qt and Catch2 headers every file includes are parsed
# once per target instead of once per file, which shortens a clean build (CI
# builds the project from scratch twice). Off when the compiler runs through
# ccache, which then caches whole files anyway and does not cache with a PCH;
# -DVINHDANH_PCH=ON/OFF overrides. Files must still include what they use: the
# ccache builds (and every developer build with ccache) compile without it.
if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
    set(_vinhdanh_pch_default OFF)
else()
    set(_vinhdanh_pch_default ON)
endif()
option(VINHDANH_PCH "Precompile the Qt and Catch2 headers" ${_vinhdanh_pch_default})

set(VINHDANH_PCH_CORE
    <QtCore/QByteArray> <QtCore/QCoreApplication> <QtCore/QDate> <QtCore/QDateTime>
    <QtCore/QDir> <QtCore/QFile> <QtCore/QFileInfo> <QtCore/QHash> <QtCore/QList>
    <QtCore/QObject> <QtCore/QSet> <QtCore/QString> <QtCore/QStringList> <QtCore/QVariant>
    <QtSql/QSqlDatabase> <QtSql/QSqlError> <QtSql/QSqlQuery>
    <algorithm> <functional> <memory> <optional> <vector>)
set(VINHDANH_PCH_GUI ${VINHDANH_PCH_CORE}
    <QtWidgets/QApplication> <QtWidgets/QDialog> <QtWidgets/QHeaderView> <QtWidgets/QLabel>
    <QtWidgets/QLineEdit> <QtWidgets/QPushButton> <QtWidgets/QTableView> <QtWidgets/QVBoxLayout>
    <QtWidgets/QWidget> <QtCore/QAbstractTableModel> <QtGui/QKeyEvent>)

# vinhdanh_precompile(TARGET CORE|GUI|TEST): the header set for that kind of target.
function(vinhdanh_precompile target kind)
    if(NOT VINHDANH_PCH)
        return()
    endif()
    if(kind STREQUAL "CORE")
        target_precompile_headers(${target} PRIVATE ${VINHDANH_PCH_CORE})
    elseif(kind STREQUAL "GUI")
        target_precompile_headers(${target} PRIVATE ${VINHDANH_PCH_GUI})
    elseif(kind STREQUAL "TEST")
        target_precompile_headers(${target} PRIVATE ${VINHDANH_PCH_CORE} <catch2/catch.hpp>
            <QtTest/QTest>)
    else()
        message(FATAL_ERROR "vinhdanh_precompile: unknown kind ${kind}")
    endif()
endfunction()
