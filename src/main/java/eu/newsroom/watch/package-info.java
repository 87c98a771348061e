/** Saved searches and alerts of signed-in readers: "new since last visit" counts and a private Atom feed each. */
package eu.newsroom.watch;
