# Installation layout (GNUInstallDirs), the CMake package, pkg-config, and the Debian package.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS vclear_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS vclear EXPORT vclearTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/lib/include/vclear DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT vclearTargets NAMESPACE vclear:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/vclear)

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/vclearConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/vclearConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/vclear)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/vclearConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/vclearConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/vclearConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/vclear)

configure_file(${PROJECT_SOURCE_DIR}/cmake/vclear.pc.in ${CMAKE_CURRENT_BINARY_DIR}/vclear.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/vclear.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

install(FILES ${PROJECT_SOURCE_DIR}/schemas/study.schema.json DESTINATION ${CMAKE_INSTALL_DATADIR}/vclear/schemas)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/studies/ DESTINATION ${CMAKE_INSTALL_DATADIR}/vclear/studies
        FILES_MATCHING PATTERN "*.yaml")
install(FILES ${PROJECT_SOURCE_DIR}/doc/vclear.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/completions/vclear.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME vclear)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# cpack -G DEB: a package that installs on Debian 12 with apt-get install ./vclear_*.deb.
set(CPACK_PACKAGE_NAME vclear)
set(CPACK_PACKAGE_VENDOR "The vclear developers")
set(CPACK_PACKAGE_CONTACT "The vclear developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Viral clearance validation calculator (ICH Q5A(R2))")
set(CPACK_PACKAGE_DESCRIPTION "Turns virus-spiking study data into log reduction values with 95 % confidence intervals, cumulative clearance claims, safety margins and dossier reports, following ICH Q5A(R2).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libc6 (>= 2.36), libstdc++6 (>= 12), libgcc-s1, libyaml-cpp0.7, libfmt9, libhpdf-2.3.0, libssl3, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libboost-math-dev, libeigen3-dev, libyaml-cpp-dev, nlohmann-json3-dev, libfmt-dev, libhpdf-dev, libssl-dev")
set(CPACK_STRIP_FILES ON)
include(CPack)
