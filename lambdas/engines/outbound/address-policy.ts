import net from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Address policy of the outbound client (docs/media-intake.md, step 2): which IP addresses may be
 * connected to. IP literals (every spelling is already normalised by WHATWG) are classified with
 * ipaddr.js: anything whose `range()` is not `unicast`, anything on an explicit deny list (metadata,
 * CGNAT, benchmarking, NAT64, 6to4, …) and any IPv6 outside 2000::/3 is refused; IPv4-mapped IPv6 is
 * judged by its IPv4.
 */

type CidrRule = readonly [string, string];

/**
 * Denied on top of ipaddr.js's non-unicast ranges, so a future ipaddr.js release that reclassifies a
 * range cannot open it (the IANA special-purpose registries plus the cloud targets listed in docs/media-intake.md).
 */
const DENY_V4: readonly CidrRule[] = [
  ['169.254.169.254/32', 'cloud metadata (EC2 IMDS)'],
  ['169.254.170.2/32', 'cloud metadata (ECS task metadata)'],
  ['169.254.170.23/32', 'cloud metadata (EKS Pod Identity)'],
  ['169.254.169.253/32', 'cloud DNS resolver'],
  ['169.254.169.123/32', 'cloud time sync'],
  ['0.0.0.0/8', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'carrier-grade NAT'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'IETF protocol assignments'],
  ['192.0.2.0/24', 'documentation'],
  ['192.31.196.0/24', 'AS112'],
  ['192.52.193.0/24', 'AMT'],
  ['192.88.99.0/24', '6to4 relay'],
  ['192.168.0.0/16', 'private'],
  ['192.175.48.0/24', 'AS112'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
];

const DENY_V6: readonly CidrRule[] = [
  ['fd00:ec2::254/128', 'cloud metadata (EC2 IMDS)'],
  ['fd00:ec2::/32', 'cloud metadata range'],
  ['::/96', 'unspecified, loopback or IPv4-compatible'],
  ['64:ff9b::/96', 'NAT64'],
  ['64:ff9b:1::/48', 'local NAT64'],
  ['100::/64', 'discard'],
  ['2001::/23', 'IETF protocol assignments'],
  ['2001:db8::/32', 'documentation'],
  ['2002::/16', '6to4'],
  ['3fff::/20', 'documentation'],
  ['5f00::/16', 'segment routing'],
  ['fc00::/7', 'unique local'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'site-local'],
  ['ff00::/8', 'multicast'],
];

const parsedV4 = DENY_V4.map(([cidr, label]) => [ipaddr.IPv4.parseCIDR(cidr), label] as const);
const parsedV6 = DENY_V6.map(([cidr, label]) => [ipaddr.IPv6.parseCIDR(cidr), label] as const);
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

function v4Reason(addr: ipaddr.IPv4): string | undefined {
  for (const [[range, bits], label] of parsedV4) if (addr.match(range, bits)) return label;
  const range = addr.range();
  return range === 'unicast' ? undefined : range;
}

/**
 * Why an IP address must not be connected to, or `undefined` when it is public unicast.
 * Accepts canonical IPv4/IPv6 text, with or without brackets or a zone id.
 */
export function addressBlockReason(address: string): string | undefined {
  const bare = canonicalIp(address);
  if (bare === undefined) return 'not a canonical IP address';
  const addr = ipaddr.parse(bare);
  if (addr.kind() === 'ipv4') return v4Reason(addr as ipaddr.IPv4);
  const v6 = addr as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) {
    const inner = v4Reason(v6.toIPv4Address());
    return inner === undefined ? undefined : `IPv4-mapped ${inner}`;
  }
  for (const [[range, bits], label] of parsedV6) if (v6.match(range, bits)) return label;
  const range = v6.range();
  if (range !== 'unicast') return range;
  if (!v6.match(GLOBAL_UNICAST_V6)) return 'not global unicast';
  return undefined;
}

/**
 * Canonical text of an IP address, or `undefined` if it is not one. IPv6 goes through the WHATWG
 * serialiser first: ipaddr.js reads any dotted suffix as IPv4-mapped (`::1.0.0.0` would become
 * `::ffff:100:0`), so it must only ever see the pure hex form.
 */
function canonicalIp(address: string): string | undefined {
  const bare = stripBrackets(address).replace(/%.*$/, '');
  const family = net.isIP(bare);
  if (family === 4) return bare;
  if (family !== 6) return undefined;
  try {
    return stripBrackets(new URL(`http://[${bare}]/`).hostname);
  } catch {
    return undefined;
  }
}

/** True when `address` is public unicast (see {@link addressBlockReason}). */
export function isPublicAddress(address: string): boolean {
  return addressBlockReason(address) === undefined;
}

/** The address to dial: IPv4-mapped IPv6 becomes plain IPv4, IPv6 loses brackets. */
export function dialable(address: string): string {
  const bare = stripBrackets(address);
  const canonical = canonicalIp(bare);
  if (canonical !== undefined && net.isIPv6(canonical)) {
    const v6 = ipaddr.IPv6.parse(canonical);
    if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  }
  return bare;
}

/** `[::1]` → `::1`; anything else unchanged. */
export function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
