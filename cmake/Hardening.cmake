# Compiler warnings and hardening flags applied to every Jiahu target.
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_compile_options(-Wall -Wextra -Wpedantic)
if(JIAHU_WERROR)
    add_compile_options(-Werror)
endif()

# Stack protector, FORTIFY (needs optimisation), full RELRO with immediate binding, PIE.
add_compile_options(-fstack-protector-strong -fstack-clash-protection -fcf-protection)
add_compile_options("$<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>")
add_link_options(-Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)

# Fuzzing build: instrument everything for coverage and address errors; targets add -fsanitize=fuzzer.
if(JIAHU_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address)
endif()
