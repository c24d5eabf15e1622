/// The built-in themes, embedded so the binary works from any directory. Each is the exact
/// text of `themes/<name>.json`; a test decodes both and fails if they ever differ.
enum BuiltinThemes {
    /// Names in the order help text lists them.
    static let names = ["default", "light", "high-contrast", "monochrome", "colour-blind"]

    static let json: [String: String] = [
        "default": #"""
        {
          "name": "default",
          "description": "Keeps the terminal's background, dark or light: no colour that vanishes on either.",
          "roles": {
            "text": {},
            "muted": {"fg": "bright-black"},
            "title": {"bold": true},
            "header": {"fg": "bright-white", "bg": "blue", "bold": true},
            "border": {"fg": "bright-black"},
            "border-focus": {"fg": "magenta", "bold": true},
            "selection": {"reverse": true, "bold": true},
            "key-hint": {"bold": true},
            "badge": {"fg": "black", "bg": "bright-yellow"},
            "status-red": {"fg": "bright-red", "bold": true},
            "status-amber": {"fg": "#af8700", "bold": true},
            "status-green": {"fg": "green", "bold": true},
            "status-blue": {"fg": "bright-blue", "bold": true},
            "trend-up": {"fg": "green"},
            "trend-down": {"fg": "bright-red"},
            "delta-up": {"fg": "magenta"},
            "delta-down": {"fg": "green"},
            "goal-done": {"fg": "green", "bold": true},
            "error": {"fg": "bright-white", "bg": "red", "bold": true},
            "success": {"fg": "green", "bold": true}
          }
        }
        """#,
        "light": #"""
        {
          "name": "light",
          "description": "For terminals with a light background; darker colours that stay readable on white.",
          "roles": {
            "text": {},
            "muted": {"fg": 242},
            "title": {"fg": "#005faf", "bold": true},
            "header": {"fg": "bright-white", "bg": "#005faf", "bold": true},
            "border": {"fg": 246},
            "border-focus": {"fg": "#005faf", "bold": true},
            "selection": {"reverse": true, "bold": true},
            "key-hint": {"fg": "#870087", "bold": true},
            "badge": {"fg": "black", "bg": "#d7af00"},
            "status-red": {"fg": "#d70000", "bold": true},
            "status-amber": {"fg": "#af8700", "bold": true},
            "status-green": {"fg": "#008700", "bold": true},
            "status-blue": {"fg": "#005faf", "bold": true},
            "trend-up": {"fg": "#008700"},
            "trend-down": {"fg": "#d70000"},
            "delta-up": {"fg": "#af8700"},
            "delta-down": {"fg": "#005faf"},
            "goal-done": {"fg": "#008700", "bold": true},
            "error": {"fg": "bright-white", "bg": "#d70000", "bold": true},
            "success": {"fg": "#008700", "bold": true}
          }
        }
        """#,
        "high-contrast": #"""
        {
          "name": "high-contrast",
          "description": "Bright text on black everywhere (the background is set, not inherited), bold accents.",
          "roles": {
            "text": {"fg": "bright-white", "bg": "black"},
            "muted": {"fg": "white", "bg": "black"},
            "title": {"fg": "bright-yellow", "bg": "black", "bold": true, "underline": true},
            "header": {"fg": "black", "bg": "bright-white", "bold": true},
            "border": {"fg": "white", "bg": "black"},
            "border-focus": {"fg": "bright-yellow", "bg": "black", "bold": true},
            "selection": {"fg": "black", "bg": "bright-yellow", "bold": true},
            "key-hint": {"fg": "bright-cyan", "bg": "black", "bold": true, "underline": true},
            "badge": {"fg": "black", "bg": "bright-yellow"},
            "status-red": {"fg": "bright-red", "bg": "black", "bold": true},
            "status-amber": {"fg": "bright-yellow", "bg": "black", "bold": true},
            "status-green": {"fg": "bright-green", "bg": "black", "bold": true},
            "status-blue": {"fg": "bright-cyan", "bg": "black", "bold": true},
            "trend-up": {"fg": "bright-green", "bg": "black", "bold": true},
            "trend-down": {"fg": "bright-red", "bg": "black", "bold": true},
            "delta-up": {"fg": "bright-yellow", "bg": "black"},
            "delta-down": {"fg": "bright-cyan", "bg": "black"},
            "goal-done": {"fg": "bright-green", "bg": "black", "bold": true},
            "error": {"fg": "bright-white", "bg": "red", "bold": true},
            "success": {"fg": "bright-green", "bg": "black", "bold": true}
          }
        }
        """#,
        "monochrome": #"""
        {
          "name": "monochrome",
          "description": "No colour at all: only bold, reverse, underline and dim.",
          "roles": {
            "text": {},
            "muted": {"dim": true},
            "title": {"bold": true},
            "header": {"reverse": true, "bold": true},
            "border": {},
            "border-focus": {"bold": true},
            "selection": {"reverse": true},
            "key-hint": {"bold": true, "underline": true},
            "badge": {"reverse": true, "bold": true},
            "status-red": {"bold": true},
            "status-amber": {"bold": true},
            "status-green": {},
            "status-blue": {},
            "trend-up": {},
            "trend-down": {"bold": true},
            "delta-up": {"bold": true},
            "delta-down": {},
            "goal-done": {"bold": true},
            "error": {"reverse": true, "bold": true},
            "success": {"bold": true}
          }
        }
        """#,
        "colour-blind": #"""
        {
          "name": "colour-blind",
          "description": "Safe for red-green colour blindness: orange for bad, blue for good (Okabe-Ito colours).",
          "roles": {
            "text": {},
            "muted": {"fg": "bright-black"},
            "title": {"fg": "#56b4e9", "bold": true},
            "header": {"fg": "bright-white", "bg": "#0072b2", "bold": true},
            "border": {"fg": "bright-black"},
            "border-focus": {"fg": "#56b4e9", "bold": true},
            "selection": {"reverse": true, "bold": true},
            "key-hint": {"fg": "#f0e442", "bold": true},
            "badge": {"fg": "black", "bg": "#e69f00"},
            "status-red": {"fg": "#e66100", "bold": true},
            "status-amber": {"fg": "#f0e442", "bold": true},
            "status-green": {"fg": "#56b4e9", "bold": true},
            "status-blue": {"fg": "#cc79a7", "bold": true},
            "trend-up": {"fg": "#56b4e9"},
            "trend-down": {"fg": "#e66100"},
            "delta-up": {"fg": "#e69f00"},
            "delta-down": {"fg": "#56b4e9"},
            "goal-done": {"fg": "#56b4e9", "bold": true},
            "error": {"fg": "black", "bg": "#e66100", "bold": true},
            "success": {"fg": "#56b4e9", "bold": true}
          }
        }
        """#,
    ]
}
