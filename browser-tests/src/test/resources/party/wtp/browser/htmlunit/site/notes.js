// builds a link at run time, as a site's own script does: the client must follow it through the site map
var link = document.createElement('a');
link.href = 'wicks.html#storing';
link.textContent = 'Storing wicks';
document.getElementById('made').appendChild(link);
