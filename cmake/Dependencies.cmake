# Third-party dependencies, all from Debian 12 packages.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network Gui Widgets PrintSupport Pdf PdfWidgets DBus Svg Sql Test LinguistTools)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(Threads REQUIRED)

# SQLCipher is linked statically so that no other SQLite in the process can interpose its symbols.
find_path(SQLCIPHER_INCLUDE_DIR sqlite3.h PATH_SUFFIXES sqlcipher REQUIRED NO_DEFAULT_PATH
          PATHS /usr/include /usr/local/include)
find_library(SQLCIPHER_STATIC_LIBRARY NAMES libsqlcipher.a REQUIRED)
add_library(sqlcipher_static STATIC IMPORTED)
set_target_properties(sqlcipher_static PROPERTIES
    IMPORTED_LOCATION "${SQLCIPHER_STATIC_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${SQLCIPHER_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "SQLITE_HAS_CODEC"
    INTERFACE_LINK_LIBRARIES "OpenSSL::Crypto;Threads::Threads;${CMAKE_DL_LIBS};m")
