# subprocess over _posixsubprocess.fork_exec: capture, pipes, env, cwd and exec failures, preexec_fn errors, exit statuses.
import subprocess
r = subprocess.run(["echo", "hi there"], capture_output=True)
print(r.returncode, r.stdout)
r = subprocess.run("exit 3", shell=True)
print(r.returncode)
try:
    subprocess.run(["/nonexistent/prog"])
except FileNotFoundError as e:
    print("FNF", e)
try:
    subprocess.run(["ls"], cwd="/nonexistent")
except FileNotFoundError as e:
    print("FNF", e)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b"piped data")
print(out, p.returncode)
print(subprocess.check_output(["sh", "-c", "echo $FOO"], env={"FOO": "bar"}))
try:
    subprocess.run(["true"], preexec_fn=lambda: 1/0)
except subprocess.SubprocessError as e:
    print("SPE", e)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 7"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run(["sh", "-c", "cat; echo done"], input="fed via stdin\n", stdout=subprocess.PIPE, text=True)
print(repr(r.stdout))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e)
r = subprocess.run(["pwd"], cwd="/", capture_output=True)
print(r.stdout)
r = subprocess.run(["sh", "-c", "ls /proc/self/fd | wc -l"], capture_output=True, close_fds=True)
print(int(r.stdout) < 10)
print(subprocess.getoutput("echo getoutput"), subprocess.getstatusoutput("exit 2"))
p = subprocess.Popen(["sh", "-c", "exit 4"])
print(p.wait(), p.returncode, p.poll())
