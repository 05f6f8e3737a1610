// The sources page follows a job (an upload, a web page being added) until it ends: GET /api/jobs/ID.
(function () {
  const box = document.getElementById("job");
  if (!box) return;
  const status = document.getElementById("job-status");
  const lines = document.getElementById("job-lines");
  const id = box.dataset.job;

  function show(job) {
    status.textContent = job.text;
    box.dataset.state = job.state;
    lines.replaceChildren(...job.lines.map(function (text) {
      const li = document.createElement("li");
      li.textContent = text;
      return li;
    }));
  }

  async function poll() {
    let job;
    try {
      const r = await fetch("/api/jobs/" + encodeURIComponent(id), {headers: {"Accept": "application/json"}});
      if (!r.ok) return;
      job = await r.json();
    } catch (e) {
      setTimeout(poll, 2000);  // the server restarts or the network hiccups: try again
      return;
    }
    show(job);
    if (!job.finished) setTimeout(poll, 400);
  }
  poll();
})();
