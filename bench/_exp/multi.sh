#!/bin/bash
# mean calibrated right over targets 0.03 0.05 0.08 for an EXP setting
tot=0
for t in 0.03 0.05 0.08; do
  m=$(TARGET=$t EXP="$1" node --import tsx bench/_exp/calib.ts ${2:-dev} | grep SUMM | sed 's/.*mean *//')
  tot=$(python3 -c "print($tot+$m)")
  line="$line $t:$m"
done
echo "$1 => $line avg $(python3 -c "print(round($tot/3,1))")"
