# world: bare
# curl against the internet's web server: a page, a HEAD, a 404, and TLS spoken to a plain-HTTP port.
curl -s http://198.18.5.130/
curl -sI http://198.18.5.130/index.html
curl -s -o /dev/null -w '%{http_code}\n' http://198.18.5.130/missing
curl -sS https://198.18.5.130/
ip netns exec router conntrack -L -p tcp
