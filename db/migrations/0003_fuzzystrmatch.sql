-- fuzzystrmatch for typos in short words ("Exel" for "Excel"), where trigrams are too few to tell (a trusted extension).
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
