/** The product bar: name, what it is in one line, and where the model runs. */
export function Header() {
  return (
    <header className="app-header">
      <img className="app-logo" src="./favicon.svg" alt="" width={28} height={28} />
      <div className="app-title">
        <h1>Netfilter Playground</h1>
        <p className="tagline">
          Type the iptables commands you know and see what the Linux kernel would do with them.
        </p>
      </div>
      <span className="badge" title="The engine runs in a Web Worker; nothing is sent anywhere.">
        runs in your browser
      </span>
    </header>
  );
}
