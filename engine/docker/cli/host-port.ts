/**
 * A host address and port as the CLI prints them: `0.0.0.0:8080`, and for IPv6 `[::]:8080` where
 * the CLI uses net.JoinHostPort, `:::8080` where it only joined them with a colon (20.10).
 */
export const joinHostPort = (ip: string, port: string, brackets: boolean): string =>
  brackets && ip.includes(":") ? `[${ip}]:${port}` : `${ip}:${port}`;
