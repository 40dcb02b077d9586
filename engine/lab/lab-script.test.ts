import { describe, expect, it } from "vitest";
import { labItems } from "./items";
import { labScript } from "./lab-script";

const lab = (script: string, world: "empty" | "bare" = "empty") => {
  const text = labScript(script, { world, source: "s.sh" });
  if (typeof text !== "string") throw new Error(text.error);
  return text;
};

/** The scenario part of a lab script: what follows "# The scenario." up to the closing lines. */
const scenarioPart = (text: string) =>
  text.slice(text.indexOf("# The scenario.\n") + 16, text.indexOf("netplay_last=$?"));

describe("labItems", () => {
  it("keeps each line's heredoc body and continuation lines, as bash must read them", () => {
    const script = "# a comment\ncat > r <<'EOF'\n*filter\nEOF\n\necho a \\\n  b\nnc -l 8080 > got &\n";
    expect(labItems(script)).toEqual([
      { text: "cat > r <<'EOF'", source: "cat > r <<'EOF'\n*filter\nEOF", background: false, fatal: false },
      { text: "echo a \\\n  b", source: "echo a \\\n  b", background: false, fatal: false },
      { text: "nc -l 8080 > got &", source: "nc -l 8080 > got &", background: true, fatal: false },
    ]);
  });
});

describe("labScript", () => {
  it("runs each line as written between the step helpers", () => {
    expect(scenarioPart(lab("iptables -S\necho 'it''s'\n"))).toBe(
      [
        "netplay_step 1 'iptables -S'",
        "iptables -S",
        "netplay_status 1",
        `netplay_step 2 'echo '\\''it'\\'''\\''s'\\'''`,
        "echo 'it''s'",
        "netplay_status 2",
        "",
      ].join("\n"),
    );
  });

  it("waits for addresses to settle before listings, and not before changes", () => {
    const part = scenarioPart(
      lab("ip -n router a\nip addr add 10.0.0.1/24 dev lo\nip link show dev lo\nip route\n"),
    );
    expect(part.match(/netplay_step \d[^\n]*\nnetplay_settle_addresses/g)).toEqual([
      "netplay_step 1 'ip -n router a'\nnetplay_settle_addresses",
      "netplay_step 3 'ip link show dev lo'\nnetplay_settle_addresses",
    ]);
  });

  it("makes a background capture write its file as it goes, and gives the job time to start", () => {
    expect(scenarioPart(lab("tcpdump -i eth0 -n > eth0.dump &\n"))).toBe(
      [
        "netplay_step 1 'tcpdump -i eth0 -n > eth0.dump &'",
        "tcpdump -l --immediate-mode -i eth0 -n > eth0.dump &",
        "netplay_status 1",
        "netplay_started_job",
        "",
      ].join("\n"),
    );
  });

  it("watches each namespace a line makes, for the kernel suite's traces", () => {
    expect(scenarioPart(lab("ip netns add a\n"))).toContain("netplay_status 1\nnetplay_monitor a\n");
  });

  it("builds the bare world from its script and starts its services", () => {
    const text = lab("true\n", "bare");
    expect(text).toContain("netplay_setup 'ip netns add router'\nnetplay_monitor router\n");
    expect(text).toContain("netplay_setup 'ip -n laptop route add default via 192.168.31.1'\n");
    expect(text).toContain(
      "netplay_stand_in router router '' 53\nnetplay_stand_in internet internet 80,443 53\n",
    );
  });

  it("picks a delimiter for the embedded script that no scenario line equals", () => {
    const text = lab("cat > f <<'NETPLAY_LAB'\nx\nNETPLAY_LAB\n");
    expect(text).toContain("netplay_lab=$(cat <<'NETPLAY_LAB_'\n");
    expect(text).toMatch(/\nNETPLAY_LAB_\n\)\nexec unshare /);
  });

  it("says which worlds it cannot build yet", () => {
    expect(labScript("true\n", { world: "docker", source: "s.sh" })).toEqual({
      error: 'netplay lab: the lab cannot build the world "docker" yet',
    });
  });
});
