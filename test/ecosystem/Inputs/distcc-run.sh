#!/bin/sh
# distcc-run.sh DIR COMMAND...: start a distccd on 127.0.0.1 (a free port,
# state and log in DIR), run COMMAND with DISTCC_HOSTS naming only it and
# local fallback disabled, stop that distccd (by its pid file).
set -e
dir=$1
shift
mkdir -p "$dir/client"
# distccd started as root runs the compiles as user distcc: its log must be
# writable for it, and so must its TMPDIR (it runs there).
chmod 1777 "$dir"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
TMPDIR="$dir" distccd --daemon --listen 127.0.0.1 --port "$port" --allow 127.0.0.1 \
	--enable-tcp-insecure --jobs 2 --log-level info \
	--log-file "$dir/distccd.log" --pid-file "$dir/distccd.pid"
# distccd logs a job's summary (COMPILE_OK ...) after the client has its
# object: wait for one summary per finished job (5 s at most) before
# stopping it, or a slow machine loses the last line.
summaries_done() {
	[ "$(grep -c 'job complete' "$dir/distccd.log" 2>/dev/null)" = \
	  "$(grep -c 'dcc_job_summary' "$dir/distccd.log" 2>/dev/null)" ]
}
stop() {
	n=0
	until summaries_done || [ $n -ge 50 ]; do
		n=$((n + 1))
		sleep 0.1
	done
	[ -s "$dir/distccd.pid" ] && kill "$(cat "$dir/distccd.pid")" 2>/dev/null || true
}
trap stop EXIT
i=0
until [ -s "$dir/distccd.pid" ] && python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null; do
	i=$((i + 1))
	[ $i -lt 100 ] || { echo "distcc-run.sh: distccd did not start" >&2; exit 1; }
	sleep 0.1
done
DISTCC_HOSTS="127.0.0.1:$port/2" DISTCC_FALLBACK=0 DISTCC_DIR="$dir/client" "$@"
