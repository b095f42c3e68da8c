#!/usr/bin/env bash
# Jiahu developer entry point. Usage: ./dev.sh run | test | build | bench | fuzz | format | screenshot | clean
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${JIAHU_BUILD_DIR:-build}
DEMO_DIR=${JIAHU_DEMO_DIR:-demo}
DEMO_DB="$DEMO_DIR/jiahu-demo.jiahu"
DEMO_PASSWORD="jiahu-demo-2026"

# Debian 12 packages the build, the tests and the app need.
PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-charts-dev qt6-svg-dev qt6-pdf-dev qt6-qpa-plugins libqt6sql6-psql libgl-dev
    libsqlcipher-dev sqlcipher sqlite3 libsodium-dev libssl-dev
    xvfb xauth imagemagick fonts-noto-cjk poppler-utils qpdf
    clang-14 clang-format
)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

ensure_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing missing packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        log "Configuring ($BUILD_DIR)"
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIAHU_WERROR=$werror
    fi
}

build() {
    ensure_packages
    configure
    log "Building"
    cmake --build "$BUILD_DIR" -j"$(nproc)"
}

make_demo() {
    if [ -f "$DEMO_DB" ]; then make_demo_cases; return 0; fi
    log "Creating the demo database $DEMO_DB"
    mkdir -p "$DEMO_DIR"
    local cli="$BUILD_DIR/app/cli/jiahu-cli"
    # Demo only: cheaper password hashing so it starts fast. Real databases use the default.
    printf '%s\n' "$DEMO_PASSWORD" | "$cli" --lang en --db "$DEMO_DB" --password-stdin --json \
        init --admin admin --display-name "演示管理员" --kdf interactive > "$DEMO_DIR/init.json"
    local user role name
    while read -r user role name; do
        printf '%s\n%s\n' "$DEMO_PASSWORD" "$DEMO_PASSWORD" | "$cli" --lang en --db "$DEMO_DB" \
            --user admin --password-stdin user add "$user" --role "$role" --display-name "$name" \
            --kdf interactive > /dev/null
    done <<'USERS'
liuying caseworker 刘颖
chenjing supervisor 陈静
wangfang counselor 王芳
zhaolei liaison 赵磊
USERS
    make_demo_cases
}

# Scopes and generated case records (demo ids are valid but can never be a real person's).
make_demo_cases() {
    [ -f "$DEMO_DIR/cases.json" ] && return 0
    log "Filling the demo database with ${DEMO_FAMILIES:-2000} generated families"
    local cli="$BUILD_DIR/app/cli/jiahu-cli"
    local admin=("$cli" --lang en --db "$DEMO_DB" --user admin --password-stdin)
    printf '%s\n' "$DEMO_PASSWORD" | "${admin[@]}" demo --families "${DEMO_FAMILIES:-2000}" \
        --seed 2026 --json > "$DEMO_DIR/cases.tmp"
    printf '%s\n' "$DEMO_PASSWORD" | "${admin[@]}" user scope liuying --towns '*' > /dev/null
    printf '%s\n' "$DEMO_PASSWORD" | "${admin[@]}" user scope chenjing --towns '*' > /dev/null
    printf '%s\n' "$DEMO_PASSWORD" | "${admin[@]}" user scope wangfang --schools 白市驿小学 > /dev/null
    printf '%s\n' "$DEMO_PASSWORD" | "${admin[@]}" user scope zhaolei --agency 九龙坡区人民检察院 > /dev/null
    mv "$DEMO_DIR/cases.tmp" "$DEMO_DIR/cases.json"
}

print_demo_users() {
    cat <<EOT
Demo database: $DEMO_DB
  users: admin (administrator), liuying (caseworker), chenjing (supervisor),
         wangfang (school counselor), zhaolei (legal liaison)
  password for every demo user: $DEMO_PASSWORD
  ${DEMO_FAMILIES:-2000} generated families; try for example:
    $BUILD_DIR/app/cli/jiahu-cli --db $DEMO_DB --user liuying overdue
EOT
}

cmd=${1:-help}
shift || true
case "$cmd" in
    build)
        build ;;
    test)
        build
        log "Running the tests"
        ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 "$@" ;;
    run)
        build
        make_demo
        print_demo_users
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display found. Set DISPLAY (or run ./dev.sh screenshot to see the window under Xvfb)."
            exit 1
        fi
        exec "$BUILD_DIR/app/gui/jiahu" --db "$DEMO_DB" --user "" "$@" ;;
    screenshot)
        build
        make_demo
        mkdir -p "$BUILD_DIR/screenshots"
        xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
            '$BUILD_DIR/app/gui/jiahu' --db '$DEMO_DB' --user admin $* & pid=\$!
            sleep 3; import -window root '$BUILD_DIR/screenshots/welcome.png'; kill \$pid"
        echo "Saved $BUILD_DIR/screenshots/welcome.png"
        # Every main screen over a generated 300-family database, at 1366x768 (the older office
        # PCs caseworkers use), in Chinese and English; the test checks each one.
        log "Taking the screenshots of the main screens"
        shots="$BUILD_DIR/tests/gui"
        QT_QPA_PLATFORM=xcb LANG=C.UTF-8 TZ=Asia/Shanghai xvfb-run -a -s "-screen 0 1366x768x24" \
            "$BUILD_DIR/tests/gui/tst_app_screenshots"
        cp "$shots"/*_zh.png "$shots"/*_en.png "$BUILD_DIR/screenshots/"
        mkdir -p docs/screenshots
        for png in work_zh families_red_zh timeline_zh assessment_wizard_zh referral_wizard_zh \
            followup_form_zh family_map_zh families_en; do
            cp "$shots/$png.png" docs/screenshots/
        done
        echo "Saved $BUILD_DIR/screenshots/ (every screen) and docs/screenshots/ (the main ones)" ;;
    bench)
        build
        log "Running the benchmarks (JSON on stdout)"
        # Foundation (store, keys) first; then case records on a generated city-scale database
        # (options such as --families 20000 go to that one; the default is 100,000). Its two
        # databases (~2.6 GB each) live in a temporary directory under the build directory, not
        # in /tmp (often in memory, and without the disk's fdatasync latency that commits see).
        bench_tmp=${JIAHU_BENCH_TMPDIR:-$BUILD_DIR}
        case "$bench_tmp" in /*) ;; *) bench_tmp="$PWD/$bench_tmp" ;; esac
        "$BUILD_DIR/tests/bench/bench_foundation"
        TMPDIR="$bench_tmp" "$BUILD_DIR/tests/bench/bench_case_records" "$@"
        # The desktop app on 100,000 families (offscreen): start, unlock to the work page,
        # search keystrokes, opening family tabs, scrolling 10,000 rows, memory with ten files.
        mkdir -p "$bench_tmp/bench-gui"
        QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/bench/bench_gui" --dir "$bench_tmp/bench-gui" \
            --reuse --app "$BUILD_DIR/app/gui/jiahu" ;;
    fuzz)
        ensure_packages
        log "Building the fuzz targets with clang and libFuzzer"
        cmake -S . -B "$BUILD_DIR-fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 -DJIAHU_FUZZ=ON \
            -DJIAHU_BUILD_BENCH=OFF
        cmake --build "$BUILD_DIR-fuzz" --target fuzz_keyring
        mkdir -p "$BUILD_DIR-fuzz/corpus"
        "$BUILD_DIR-fuzz/tests/fuzz/fuzz_keyring" -max_total_time="${FUZZ_SECONDS:-60}" \
            "$BUILD_DIR-fuzz/corpus" tests/fuzz/corpus/keyring ;;
    format)
        git ls-files '*.cpp' '*.h' | xargs clang-format -i ;;
    clean)
        rm -rf "$BUILD_DIR" "$BUILD_DIR-fuzz" ;;
    *)
        echo "usage: ./dev.sh run | test | build | bench | fuzz | format | screenshot | clean"
        exit 2 ;;
esac
