#!/bin/bash
A=$1; OUTF=$2
APIKEEP_VAULT=/tmp/jdk25/gui.apikeep $A/lib/runtime/bin/java -Duser.home=/tmp/jdk25/guihome -XX:AOTCacheOutput=$OUTF --enable-native-access=ALL-UNNAMED -cp $A/lib/app/apikeep.jar dev.apikeep.Main > /tmp/jdk25/train-gui.log 2>&1 &
pid=$!
xdotool search --sync --onlyvisible --name '^ApiKeep$' >/dev/null
sleep 2
kill -TERM $pid
wait $pid; echo "exit $?"
