// Parses the feed on stdin with feedparser and prints what a feed reader would show, as JSON:
// {"type": "atom", "title": ..., "items": [{"guid", "title", "date", "link"}]}. A feed it cannot
// read exits 1 with feedparser's error.
const FeedParser = require('feedparser');

const parser = new FeedParser({ strict: true });
const items = [];
let meta = null;
parser.on('error', (error) => {
  process.stderr.write(`feedparser: ${error.message}\n`);
  process.exit(1);
});
parser.on('meta', (m) => { meta = m; });
parser.on('readable', function read() {
  let item;
  while ((item = this.read())) {
    items.push({ guid: item.guid, title: item.title, date: item.date && item.date.toISOString(), link: item.link });
  }
});
parser.on('end', () => {
  process.stdout.write(JSON.stringify({ type: meta && meta['#type'], title: meta && meta.title, items }) + '\n');
});
process.stdin.pipe(parser);
