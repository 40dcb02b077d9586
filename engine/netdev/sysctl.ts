import type { Netns } from "../world";

/**
 * The per-namespace sysctls the playground models (/proc/sys/net), with a fresh namespace's values.
 * `net.ipv4.conf.DEV.*` exist per device; the table holds only the entries written to the device.
 */

/** The ipv4 devconf entries kept per device, with the kernel's defaults. */
const DEVCONF_DEFAULTS: Readonly<Record<string, string>> = {
  accept_local: "0",
  accept_redirects: "1",
  forwarding: "0",
  log_martians: "0",
  proxy_arp: "0",
  route_localnet: "0",
  rp_filter: "0",
  send_redirects: "1",
};

const NETNS_DEFAULTS: Readonly<Record<string, string>> = {
  "net.bridge.bridge-nf-call-arptables": "1",
  "net.bridge.bridge-nf-call-ip6tables": "1",
  "net.bridge.bridge-nf-call-iptables": "1",
  "net.bridge.bridge-nf-filter-pppoe-tagged": "0",
  "net.bridge.bridge-nf-filter-vlan-tagged": "0",
  "net.bridge.bridge-nf-pass-vlan-input-dev": "0",
  "net.ipv4.ip_local_port_range": "32768\t60999",
  "net.ipv4.tcp_syn_linear_timeouts": "4",
  "net.ipv4.tcp_syn_retries": "6",
  "net.ipv4.tcp_synack_retries": "5",
  "net.netfilter.nf_conntrack_icmp_timeout": "30",
  "net.netfilter.nf_conntrack_tcp_timeout_close_wait": "60",
  "net.netfilter.nf_conntrack_tcp_timeout_established": "432000",
  "net.netfilter.nf_conntrack_tcp_timeout_fin_wait": "120",
  "net.netfilter.nf_conntrack_tcp_timeout_syn_recv": "60",
  "net.netfilter.nf_conntrack_tcp_timeout_syn_sent": "120",
  "net.netfilter.nf_conntrack_tcp_timeout_time_wait": "120",
  "net.netfilter.nf_conntrack_udp_timeout": "30",
  "net.netfilter.nf_conntrack_udp_timeout_stream": "120",
};

const devconfKey = (dev: string, name: string) => `net.ipv4.conf.${dev}.${name}`;

/** Fills a new namespace's table: its own values and the `all`/`default` devconf. */
export function initNetnsSysctls(netns: Netns): void {
  for (const [key, value] of Object.entries(NETNS_DEFAULTS)) netns.sysctl.set(key, value);
  for (const dev of ["all", "default"]) {
    for (const [name, value] of Object.entries(DEVCONF_DEFAULTS))
      netns.sysctl.set(devconfKey(dev, name), value);
  }
}

export function removeDeviceSysctls(netns: Netns, dev: string): void {
  for (const name of Object.keys(DEVCONF_DEFAULTS)) netns.sysctl.delete(devconfKey(dev, name));
}

export function renameDeviceSysctls(netns: Netns, from: string, to: string): void {
  for (const name of Object.keys(DEVCONF_DEFAULTS)) {
    const value = netns.sysctl.get(devconfKey(from, name));
    netns.sysctl.delete(devconfKey(from, name));
    if (value !== undefined) netns.sysctl.set(devconfKey(to, name), value);
  }
}

/** `net.ipv4.conf.DEV.NAME` of an existing device: the device and the entry name. */
function deviceEntry(netns: Netns, key: string): { dev: string; name: string } | undefined {
  const m = /^net\.ipv4\.conf\.([^.]+)\.([^.]+)$/.exec(key);
  if (!m?.[1] || !m[2] || !netns.links.has(m[1]) || !Object.hasOwn(DEVCONF_DEFAULTS, m[2])) return undefined;
  return { dev: m[1], name: m[2] };
}

/**
 * The value of a key, or undefined when /proc/sys has no such file in this namespace. A device's
 * entry follows `conf.default` until written itself (devinet_copy_dflt_conf skips entries set by hand).
 */
export function readSysctl(netns: Netns, key: string): string | undefined {
  if (key === "net.ipv4.ip_forward") return netns.sysctl.get(devconfKey("all", "forwarding"));
  const entry = deviceEntry(netns, key);
  if (entry) return netns.sysctl.get(key) ?? netns.sysctl.get(devconfKey("default", entry.name));
  return netns.sysctl.get(key);
}

/** Writes a key; ip_forward and conf.all.forwarding set forwarding everywhere (inet_forward_change). */
export function writeSysctl(netns: Netns, key: string, value: string): boolean {
  if (key === "net.ipv4.ip_forward" || key === devconfKey("all", "forwarding")) {
    for (const k of netns.sysctl.keys())
      if (/^net\.ipv4\.conf\.[^.]+\.forwarding$/.test(k)) netns.sysctl.set(k, value);
    return true;
  }
  if (!netns.sysctl.has(key) && !deviceEntry(netns, key)) return false;
  netns.sysctl.set(key, value);
  return true;
}

/** A boolean-ish sysctl as the packet path reads it (e.g. `net.ipv4.conf.all.route_localnet`). */
export const sysctlOn = (netns: Netns, key: string): boolean => Number(readSysctl(netns, key) ?? "0") !== 0;
