# Usage: python3 bench/FirstLoad/join-cost.py PORT APP_PID N page|redirect  (against a running app, e.g. the published one
# started as bench/first-load.sh starts it, with OffeneVersammlung__FailedJoinsPerAddress raised; APP_PID = the dotnet process).
# Server CPU and latency per join by form post, no browser: GET the phone's page (form), POST it (script=1: the
# joined page is the answer; script=0: 303 + GET the joined page), N times, each a new phone (own cookies).
import http.client, json, re, sys, time, os, statistics
port, pid, n, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
tick = os.sysconf("SC_CLK_TCK")
def cpu():
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / tick
def req(method, path, body=None, headers={}):
    c = http.client.HTTPConnection("127.0.0.1", port)
    t = time.perf_counter(); c.request(method, path, body, headers); r = c.getresponse(); data = r.read(); dt = time.perf_counter() - t
    c.close(); return r, data, dt
r, d, _ = req("POST", "/api/assemblies", json.dumps({"templateId": "offene-versammlung", "title": "Messung", "format": "InRoom"}), {"Content-Type": "application/json"})
code = json.loads(d)["joinCode"]
def one(i):
    r, d, t1 = req("GET", f"/join/{code}")
    html = d.decode()
    cookies = "; ".join(c.split(";")[0] for k, c in r.getheaders() if k.lower() == "set-cookie")
    token = re.search(r'name="__RequestVerificationToken" (?:type="hidden" )?value="([^"]+)"', html).group(1)
    device = re.search(r'name="device" value="([^"]+)"', html).group(1)
    from urllib.parse import urlencode
    body = urlencode({"__RequestVerificationToken": token, "device": device, "lang": "de", "code": code, "pseudonym": f"P{i}", "presence": "InRoom", "script": "1" if mode == "page" else ""})
    r, d, t2 = req("POST", "/join/_form", body, {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies})
    t3 = 0.0
    if r.status == 303:
        cookies2 = cookies + "; " + "; ".join(c.split(";")[0] for k, c in r.getheaders() if k.lower() == "set-cookie")
        r, d, t3 = req("GET", f"/join/{code}", None, {"Cookie": cookies2})
    assert "Du bist dabei" in d.decode(), r.status
    return t1, t2, t3
for i in range(20): one(-i)  # warm-up
c0 = cpu(); w0 = time.perf_counter(); times = [one(i) for i in range(n)]; c1 = cpu(); w1 = time.perf_counter()
med = lambda xs: statistics.median(xs) * 1000
print(f"{mode}: {n} joins, server CPU {1000*(c1-c0)/n:.1f} ms per join (GET form + post{' + GET joined' if mode!='page' else ''}), wall {1000*(w1-w0)/n:.1f} ms per join; median GET form {med([t[0] for t in times]):.1f} ms, POST {med([t[1] for t in times]):.1f} ms, GET joined {med([t[2] for t in times]):.1f} ms; load {os.getloadavg()}")
