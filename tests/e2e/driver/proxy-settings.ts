/**
 * How each browser is told to send every request through one HTTP proxy
 * (LaunchOptions.proxy), loopback included: by default both browsers go
 * straight to 127.0.0.1, which would hide the local pages' requests from
 * the proxy that records them.
 */

/** Chromium command-line switches. */
export function chromiumProxyArgs(proxy: string): string[] {
  // "<-loopback>" removes the implicit bypass of localhost and 127.0.0.1.
  return [`--proxy-server=http://${proxy}`, '--proxy-bypass-list=<-loopback>'];
}

/** Firefox prefs (user.js); they replace the driver's offline proxy prefs. */
export function firefoxProxyPrefs(proxy: string): Record<string, string | number | boolean> {
  const colon = proxy.lastIndexOf(':');
  const host = proxy.slice(0, colon);
  const port = Number(proxy.slice(colon + 1));
  if (!host || !Number.isInteger(port) || port <= 0) throw new Error(`LaunchOptions.proxy: "${proxy}" is not host:port.`);
  return {
    'network.proxy.type': 1, // manual
    'network.proxy.http': host,
    'network.proxy.http_port': port,
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.socks': '',
    'network.proxy.no_proxies_on': '',
    // Without it Firefox never proxies localhost / 127.0.0.1, whatever no_proxies_on says.
    'network.proxy.allow_hijacking_localhost': true,
  };
}
