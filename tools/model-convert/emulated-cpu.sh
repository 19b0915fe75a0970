#!/usr/bin/env bash
# Runs the FormCoach command line on an emulated processor, to see what the models do on CPUs this
# machine is not. qemu-user translates every instruction and answers the CPUID questions that
# libtorch's kernel libraries ask (cpuinfo, fbgemm, oneDNN) as the chosen CPU model would, so
# libtorch takes exactly the kernels it takes on that processor: on an AVX2 CPU without VNNI,
# fbgemm's AVX2 kernels for every quantised convolution. The float32 files give bit-identical
# results emulated and native, which checks the emulation.
#
#   tools/model-convert/emulated-cpu.sh CPU COMMAND [ARGS...]
#   e.g. tools/model-convert/emulated-cpu.sh Haswell pose --json --precision int8 photo.png
#
# CPU is a qemu model name (qemu-x86_64 -cpu help). qemu's translator has no AVX-512, so what can be
# emulated are AVX2 processors (Haswell, Skylake-Client, EPYC-Rome, ...). Give --precision: qemu-user
# shows the host's /proc/cpuinfo, so FormCoach's own CPU check still sees this machine's flags.
# About 1000 times slower than native (~9 s a Lightning frame): for images, not for videos.
# Needs Debian's qemu-user (apt-get install qemu-user).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -ge 2 ] || { echo "usage: emulated-cpu.sh CPU COMMAND [ARGS...]   (CPU: see qemu-x86_64 -cpu help)" >&2; exit 2; }
cpu="$1"
shift
command -v qemu-x86_64 >/dev/null || { echo "emulated-cpu.sh: needs qemu-user (apt-get install qemu-user)" >&2; exit 1; }
"$root/formcoach" --version >/dev/null   # builds target/ when the sources changed
java="$(readlink -f "$(command -v java)")"   # qemu-user needs the binary, not a wrapper script
export MALLOC_ARENA_MAX=2
# the launcher's JVM options (./formcoach), with the JVM started by qemu; qemu's warnings about
# CPUID bits its translator lacks (hle, rtm, invpcid) are dropped
exec qemu-x86_64 -cpu "$cpu" "$java" -Xms32m -Xmx384m -XX:+UseSerialGC -Dformcoach.home="$root" \
  --module-path "$root/target/javafx" --add-modules javafx.controls,javafx.swing \
  -cp "$root/target/formcoach.jar:$root/target/lib/*" org.formcoach.cli.FormCoachCommand "$@" \
  2> >(grep -v "TCG doesn't support requested feature" >&2)
