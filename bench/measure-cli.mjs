// One command of the bundled CLI (dist/, as `npm ci` builds it), measured from inside its own
// process: node bench/measure-cli.mjs plan --config … --url …
// Prints one JSON line {code, wallMs, cpuMs, peakRssMb}; the command's own output is dropped.
const started = performance.now();
const { main } = await import("../dist/main.js");
const code = await main(["node", "lumos-iac", ...process.argv.slice(2)], {
  out: () => {},
  err: (line) => process.stderr.write(`${line}\n`),
  stdoutIsTTY: false,
  stderrIsTTY: false,
});
const cpu = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({
    code,
    wallMs: Math.round(performance.now() - started),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
