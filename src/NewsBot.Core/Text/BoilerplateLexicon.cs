namespace NewsBot.Core.Text;

/// <summary>
/// Phrases that mark scraped page furniture, per language. Lines are compared after <see cref="BoilerplateDetector"/> folds
/// them (lower case, typographic apostrophes straightened, trailing punctuation and arrows removed).
/// All languages' lists apply to every article: English furniture is common on foreign-language sites, and a line that is
/// exactly "Partager" is furniture whatever the article's language.
/// </summary>
internal static class BoilerplateLexicon
{
    /// <summary>Lines that are furniture when they are the whole line.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Exact = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["en"] =
        [
            "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter", "tweet",
            "subscribe", "subscribe now", "follow us", "advertisement", "advert", "ad", "sponsored", "sponsored content",
            "promoted", "read more", "continue reading", "scroll to continue", "show more", "load more", "click here",
            "print", "email", "comments", "comment", "leave a comment", "newsletter", "sign up", "log in", "login", "register",
            "menu", "search", "skip to content", "back to top", "home", "previous", "next", "previous article", "next article",
        ],
        ["fr"] =
        [
            "partager", "partager cet article", "partagez", "partagez cet article", "tweeter", "imprimer", "envoyer",
            "abonnez-vous", "s'abonner", "je m'abonne", "suivez-nous", "publicité", "pub", "annonce", "contenu sponsorisé",
            "contenu partenaire", "lire la suite", "lire plus", "voir plus", "en savoir plus", "cliquez ici", "commentaires",
            "commenter", "réagir", "newsletter", "lettre d'information", "se connecter", "connexion", "accueil", "rechercher",
            "retour en haut", "article précédent", "article suivant",
        ],
        ["de"] = ["teilen", "anzeige", "werbung", "weiterlesen", "mehr lesen", "kommentare", "abonnieren", "drucken"],
        ["es"] = ["compartir", "publicidad", "anuncio", "leer más", "seguir leyendo", "comentarios", "suscríbete", "imprimir"],
        ["it"] = ["condividi", "pubblicità", "leggi anche", "leggi di più", "commenti", "iscriviti", "stampa"],
        ["pt"] = ["compartilhar", "partilhar", "publicidade", "leia mais", "leia também", "comentários", "assine", "imprimir"],
        ["nl"] = ["delen", "advertentie", "lees meer", "lees ook", "reacties", "abonneren", "afdrukken"],
    };

    /// <summary>Short lines that are furniture when they start with one of these (e.g. "Read more: Bitcoin falls").</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Prefixes = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["en"] =
        [
            "read more:", "read also:", "also read:", "see also:", "related:", "recommended:", "more:", "share on ",
            "share this ", "follow us on ", "follow us ", "subscribe to ", "sign up for ", "sign up to ", "click here ",
            "photo:", "photo by ", "photos:", "image:", "image by ", "image source:", "image credit:", "featured image",
            "credit:", "picture:", "source image:", "tags:", "filed under", "posted in ", "join our ", "get the latest ",
            "don't miss", "must read:", "watch:", "listen:", "download our app",
        ],
        ["fr"] =
        [
            "lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également", "voir aussi", "à voir aussi",
            "sur le même sujet", "abonnez-vous", "inscrivez-vous", "suivez-nous", "rejoignez-nous", "partager sur ",
            "crédit photo", "crédits photo", "photo :", "photo:", "image :", "illustration :", "source de l'image",
            "mots-clés", "mots clés", "étiquettes", "publié dans ", "recevez ", "téléchargez notre application",
            "ne manquez pas", "découvrez aussi",
        ],
        ["de"] = ["lesen sie auch", "mehr zum thema", "foto:", "bild:", "folgen sie uns"],
        ["es"] = ["lee también", "lea también", "te puede interesar", "foto:", "síguenos"],
        ["it"] = ["leggi anche", "potrebbe interessarti", "foto:", "seguici"],
        ["pt"] = ["leia também", "veja também", "foto:", "siga-nos"],
        ["nl"] = ["lees ook", "foto:", "volg ons"],
    };

    /// <summary>Headings of link lists ("Trending Stories"): the heading and the bare link titles under it are furniture.</summary>
    public static readonly string[] SectionMarkers =
    [
        "trending", "trending stories", "trending now", "trending news", "related", "related articles", "related posts",
        "related stories", "related news", "recommended", "recommended for you", "you may also like", "you might also like",
        "more from", "more stories", "more news", "most read", "most popular", "popular", "popular posts", "latest news",
        "latest stories", "top stories", "editor's picks", "articles similaires", "articles liés", "sur le même sujet",
        "à lire également", "à lire aussi", "les plus lus", "les plus populaires", "dans la même rubrique", "à la une",
        "dernières actualités", "derniers articles", "vous aimerez aussi", "à découvrir", "tendances", "ähnliche artikel",
        "meistgelesen", "noticias relacionadas", "lo más leído", "articoli correlati", "i più letti", "notícias relacionadas",
        "mais lidas", "gerelateerde artikelen", "meest gelezen",
    ];

    /// <summary>
    /// Markers after which a page has only furniture (author bio, comment form). They may be glued to what follows
    /// ("About AuthorJane Doe is ..."), as scrapers often lose the line break.
    /// </summary>
    public static readonly string[] TailMarkers =
    [
        "about author", "about the author", "about the authors", "about us", "leave a comment", "leave a reply",
        "post a comment", "add a comment", "join the conversation", "laissez un commentaire", "laisser un commentaire",
        "ajouter un commentaire", "à propos de l'auteur", "a propos de l'auteur", "écrire un commentaire",
        "über den autor", "sobre el autor", "sull'autore", "sobre o autor", "over de auteur",
    ];
}
