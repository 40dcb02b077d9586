/**
 * The stand-ins the lab runs for the playground's services, as one Python 3 program:
 * `python3 -c "$SERVICES_PY" OWNER HTTP_PORTS DNS_PORTS TCP_PORTS RELAYS UDP_RELAYS` (lists
 * comma-separated, any may be empty). It prints `ready` once every socket listens.
 *
 * - HTTP answers byte for byte as engine/tools/http.ts does (nginx 1.22.1's default site and error
 *   pages, keep-alive, 400 and a lingering close on bytes that cannot start a request line); only
 *   the Date header carries the real time.
 * - DNS sends each datagram back unchanged, as engine/scenario/bare.ts's server does, from the address
 *   it was sent to (IP_PKTINFO), so that an AnyIP address answers as itself.
 * - TCP ports (a container's database) accept connections and read what comes, answering nothing.
 * - A relay `ADDR:PORT>TO:TOPORT` is docker-proxy: for each connection it accepts on ADDR:PORT it
 *   dials TO:TOPORT and copies the bytes both ways; a container that does not answer gets the
 *   client's connection closed.
 * - A UDP relay `ADDR:PORT>TO:TOPORT` is docker-proxy -proto udp (engine/docker/proxy-udp.ts): for each
 *   client address and port it opens a socket of its own towards TO:TOPORT, sends the client's
 *   datagrams from it, and sends what comes back to that socket to the client from ADDR:PORT.
 */
export const SERVICES_PY = String.raw`import os, re, select, socket, struct, sys, threading
from email.utils import formatdate

# Serve with a real-time priority (FIFO 10), taken here rather than by chrt: the interpreter's start
# and imports (some tens of ms of CPU) then run as any process, and do not hold a core from the
# stand-ins already serving, which must close within the kernel's next tick (closed_at_once). The
# threads started below inherit it.
try:
    os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(10))
except (AttributeError, OSError):
    pass
OWNER = sys.argv[1]
SERVER = "nginx/1.22.1"
REQUEST_START = re.compile(r"[A-Z]{0,20}( |\Z)")
REQUEST_LINE = re.compile(r"([A-Z]+) (\S+) HTTP/\d\.\d")
IP_PKTINFO = 8

def error_page(status):
    return ("<html>\r\n<head><title>%s</title></head>\r\n<body>\r\n<center><h1>%s</h1></center>\r\n"
            "<hr><center>%s</center>\r\n</body>\r\n</html>\r\n" % (status, status, SERVER))

def default_page(host, path):
    return ("<!DOCTYPE html>\n<html>\n<head><title>%s</title></head>\n<body>\n<h1>%s</h1>\n"
            "<p>This is %s, answering http://%s%s</p>\n</body>\n</html>\n" % (OWNER, OWNER, OWNER, host, path))

def response(status, body, head, close=False):
    return ("HTTP/1.1 %s\r\nServer: %s\r\nDate: %s\r\nContent-Type: text/html\r\nContent-Length: %d\r\n"
            "Connection: %s\r\n\r\n%s" % (status, SERVER, formatdate(usegmt=True), len(body),
            "close" if close else "keep-alive", "" if head else body))

def answer(received):
    bad = (response("400 Bad Request", error_page("400 Bad Request"), False, True), True)
    if not REQUEST_START.match(received[:21]):
        return bad
    if not received.endswith("\r\n\r\n"):
        return None
    lines = received.split("\r\n\r\n")[-2].split("\r\n")
    request = REQUEST_LINE.fullmatch(lines[0])
    if not request:
        return bad
    method, path = request.groups()
    host = next((re.sub(r"(?i)^host:\s*", "", l) for l in lines if re.match(r"(?i)host:", l)), "")
    head = method == "HEAD"
    if path not in ("/", "/index.html"):
        return response("404 Not Found", error_page("404 Not Found"), head), False
    return response("200 OK", default_page(host, path), head), False

def serve_http(conn):
    received = ""
    with conn:
        while True:
            data = conn.recv(65536)
            if not data:
                return close_answering_fin(conn) if received == "" else None
            received += data.decode("latin-1")
            answered = answer(received)
            if answered:
                conn.sendall(answered[0].encode("latin-1"))
                if answered[1]:
                    linger(conn)
                    return

def linger(conn):
    # nginx's lingering close: stop sending, read what the client still sends, then close, so that
    # the client sees a FIN rather than the reset that unread data would bring.
    conn.shutdown(socket.SHUT_WR)
    conn.settimeout(5)
    try:
        while conn.recv(65536):
            pass
    except OSError:
        pass

def listen_dns(port):
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server.setsockopt(socket.SOL_IP, IP_PKTINFO, 1)
    server.bind(("", port))
    def echo():
        while True:
            data, ancillary, _, peer = server.recvmsg(65535, socket.CMSG_SPACE(12))
            info = [a for a in ancillary if a[0] == socket.SOL_IP and a[1] == IP_PKTINFO]
            reply = []
            if info:
                _, _, to = struct.unpack("I4s4s", info[0][2][:12])
                reply = [(socket.SOL_IP, IP_PKTINFO, struct.pack("I4s4s", 0, to, to))]
            try:
                server.sendmsg([data], reply, 0, peer)
            except OSError:
                pass  # no route back (the playground's server drops such a reply too)
    threading.Thread(target=echo, daemon=True).start()

def serve_tcp(conn):
    with conn:
        if not conn.recv(65536):
            return close_answering_fin(conn)
        while conn.recv(65536):
            pass
def pump(source, sink):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            sink.sendall(data)
        sink.shutdown(socket.SHUT_WR)
    except OSError:
        pass
def relay(conn, target):
    try:
        onward = socket.create_connection(target)
    except OSError:
        conn.close()
        return
    back = threading.Thread(target=pump, args=(onward, conn), daemon=True)
    back.start()
    pump(conn, onward)
    back.join()
    onward.close()
    conn.close()
def closed_at_once(conn):
    # nc -z sends its FIN some milliseconds after the handshake (it looks up the service's name and
    # reports first): wait for it, or the first data, up to 50 ms here, woken by select in this
    # running thread, quicker than a thread started for the connection.
    if not select.select([conn], [], [], 0.05)[0]:
        return False
    try:
        return conn.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except BlockingIOError:
        return False
LATE_ACKS = os.environ.get("NETPLAY_LATE_ACKS")
TCPI_SEGS_OUT = 136  # struct tcp_info: segments sent, SYN-ACK not counted
def close_answering_fin(conn):
    # For a client that sent nothing: the FIN goes at shutdown, and the segments sent by then tell
    # whether the kernel's own ACK of the client's FIN went first (2: ACK, FIN) or rides on it (1).
    # The kernel suite does not count a difference that follows a late ACK (kernel/confirm.ts).
    try:
        peer = conn.getpeername()
        conn.shutdown(socket.SHUT_WR)
        info = conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, TCPI_SEGS_OUT + 4)
        if LATE_ACKS and struct.unpack_from("I", info, TCPI_SEGS_OUT)[0] > 1:
            with open(LATE_ACKS, "a") as late:
                late.write("%s:%d\n" % peer)
    except OSError:
        pass
    conn.close()
def listen_tcp(addr, port, serve, *extra):
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((addr, port))
    server.listen(128)
    def accept():
        while True:
            conn, _ = server.accept()
            # A client that closed at once (nc -z) gets its FIN acked by the kernel on its own a jiffy
            # later (nothing was received, so no delayed-ACK time): a server slower than that to close
            # sends a bare ACK before its FIN. The playground's closes at once, so close here rather
            # than after starting a thread. (docker-proxy dials the container all the same.)
            if serve is not relay and closed_at_once(conn):
                close_answering_fin(conn)
                continue
            threading.Thread(target=serve, args=(conn,) + extra, daemon=True).start()
    threading.Thread(target=accept, daemon=True).start()
def udp_relay(addr, port, target):
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server.bind((addr, port))
    onwards = {}
    def back(onward, peer):
        onward.settimeout(90)  # docker-proxy forgets a client after 90 s without an answer
        while True:
            try:
                server.sendto(onward.recv(65535), peer)
            except ConnectionRefusedError:
                pass  # nothing listens in the container (port unreachable): the socket stays, as docker-proxy's does
            except OSError:
                onwards.pop(peer, None)
                onward.close()
                return
    def forward():
        while True:
            data, peer = server.recvfrom(65535)
            onward = onwards.get(peer)
            if onward is None:
                onward = onwards[peer] = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                onward.connect(target)
                threading.Thread(target=back, args=(onward, peer), daemon=True).start()
            try:
                onward.send(data)
            except OSError:
                pass
    threading.Thread(target=forward, daemon=True).start()
items = lambda text: [item for item in text.split(",") if item]
def relay_spec(spec):
    here, there = spec.split(">")
    addr, port = here.rsplit(":", 1)
    to, to_port = there.rsplit(":", 1)
    return "" if addr == "0.0.0.0" else addr, int(port), (to, int(to_port))
for port in items(sys.argv[2]):
    listen_tcp("", int(port), serve_http)
for port in items(sys.argv[3]):
    listen_dns(int(port))
for port in items(sys.argv[4]):
    listen_tcp("", int(port), serve_tcp)
for spec in items(sys.argv[5]):
    addr, port, target = relay_spec(spec)
    listen_tcp(addr, port, relay, target)
for spec in items(sys.argv[6]):
    udp_relay(*relay_spec(spec))
print("ready", flush=True)
threading.Event().wait()
`;
