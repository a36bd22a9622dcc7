import sys
from pathlib import Path
from optimiser import SolveOptions, solve
from optimiser.curtois import parse, to_problem, benchmark_objective
inst=int(sys.argv[1]); secs=float(sys.argv[2]); share=float(sys.argv[3]); lns = share < 1
p = to_problem(parse(Path(f'/work/shared/benchmarks/curtois/Instance{inst}.txt').read_text()))
s = solve(p, SolveOptions(time_limit_s=secs, workers=2, seed=int(sys.argv[4]) if len(sys.argv)>4 else 0, deterministic=False, lns=lns, cpsat_share=share))
print(inst, share, benchmark_objective(s.terms), s.bound, s.stages[-1].get('lns'))
