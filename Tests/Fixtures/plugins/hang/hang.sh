#!/bin/sh
# Test fixture: sh hang.sh [PLUGIN-ID]. Answers the handshake, then starts a grandchild (sleep) and never
# answers a check request. Its pid and the grandchild's go to $PLUMB_FIXTURE_PIDS/<PLUGIN-ID>.pid and
# <PLUGIN-ID>-child.pid.
plugin=${1:-fixture-hang}
[ -n "$PLUMB_FIXTURE_PIDS" ] && echo $$ > "$PLUMB_FIXTURE_PIDS/$plugin.pid"
read -r handshake
printf '{"type":"handshake","id":0,"protocolVersion":1,"plugin":"%s","version":"0.0.1","checks":["%s.check"]}\n' "$plugin" "$plugin"
read -r request
sleep 1000 &
[ -n "$PLUMB_FIXTURE_PIDS" ] && echo $! > "$PLUMB_FIXTURE_PIDS/$plugin-child.pid"
trap '' TERM
wait
