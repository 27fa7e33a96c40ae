#!/bin/bash
# mean calibrated right over targets 0.03 0.05 0.08 for an EXP setting, with the count of sets breaking wrong<=5% / oos>=90%
tot=0
for t in 0.03 0.05 0.08; do
  out=$(TARGET=$t EXP="$1" node --import tsx bench/_exp/calib.ts ${2:-dev} | grep SUMM)
  m=$(echo "$out" | sed 's/.*mean *//; s/ violations.*//')
  v=$(echo "$out" | sed 's/.*violations //')
  tot=$(python3 -c "print($tot+$m)")
  line="$line $t:$m(v$v)"
done
echo "$1 => $line avg $(python3 -c "print(round($tot/3,1))")"
