-- The suggester's vocabulary (issue 22): the words of the public items, kept item by item as items change, so that
-- neither a request nor a start-up reads every text. search_vocabulary_item holds what each public item contributes
-- (its distinct folded words), so that a correction or a withdrawal takes back exactly those; search_vocabulary holds
-- each word with the number of public items that contain it.
create table search_vocabulary (
    folded  text primary key,   -- lower case, no diacritics, ß as ss: what a query word is compared by
    surface text not null,      -- the word as a suggestion writes it (lower case, with its diacritics)
    items   integer not null    -- public items that contain it; a word in none is deleted
);

create table search_vocabulary_item (
    item  text primary key,     -- 'briefing:<id>' (with its points and statements) or 'initiative:<id>'
    words text not null         -- its distinct folded words, separated by spaces
);
