/**
 * The one definition of "public": which briefings a reader sees at an instant (published, embargo lifted or the
 * reader accredited, not withdrawn), and which shared objects (actors, topics, initiatives) have become public
 * with an item that carries them; offered in every form a read path needs. Depends on no other module, so every
 * content module and read path may use it.
 */
@ApplicationModule(displayName = "Visibility", allowedDependencies = {})
package eu.newsroom.visibility;

import org.springframework.modulith.ApplicationModule;
