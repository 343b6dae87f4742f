import { parseQuestion } from '../src/domain/question.js';
const now = new Date(process.env.NOW ?? '2027-03-01T09:00:00Z');
for (const q of process.argv.slice(2)) console.log(JSON.stringify(parseQuestion(q, now, 'Europe/Berlin'), null, 0));
