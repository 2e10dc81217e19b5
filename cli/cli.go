// Package cli implements Parley's headless subcommands (extract, tag,
// export, …). It needs no display and no cgo, so every command is tested
// like any other Go code; main.go only decides between the window and Run.
package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
)

// Command is one subcommand of `parley`.
type Command struct {
	Name    string
	Usage   string // the argument synopsis, e.g. "[--dct YYYY-MM-DD] FILE..."
	Summary string // one line for `parley --help`
	Doc     string // more, for `parley COMMAND --help`
	// Run executes the command. It returns the process exit code.
	Run func(env *Env, args []string) int
}

// Env is where a command reads and writes; tests replace the streams.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// DefaultEnv uses the process's standard streams.
func DefaultEnv() *Env { return &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr} }

// Errorf prints "parley: …" to stderr.
func (e *Env) Errorf(format string, args ...any) {
	fmt.Fprintf(e.Stderr, "parley: "+format+"\n", args...)
}

var commands = map[string]*Command{}

// register adds a command; each command's file calls it from init.
func register(c *Command) {
	if _, dup := commands[c.Name]; dup {
		panic("cli: duplicate command " + c.Name)
	}
	commands[c.Name] = c
}

// IsCommand reports whether name is a subcommand (as opposed to a file to open).
func IsCommand(name string) bool {
	_, ok := commands[name]
	return ok || name == "help" || name == "-h" || name == "--help" || name == "-help"
}

// Run executes `parley args...` for a subcommand and returns the exit code.
func Run(env *Env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return c.Run(env, []string{"--help"})
			}
		}
		Usage(env.Stdout)
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		env.Errorf("unknown command %q (see parley --help)", args[0])
		return 2
	}
	return c.Run(env, args[1:])
}

// Usage prints the overall help.
func Usage(w io.Writer) {
	fmt.Fprint(w, `Parley turns news articles into an interactive timeline of diplomatic developments.

Usage:
  parley                     open the window on the embedded sample articles
  parley FILE|DIR...         open the window on articles, event data, Parley JSON or a project
  parley COMMAND [ARGS...]   run a command without a window

Commands:
`)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].Summary)
	}
	fmt.Fprint(w, `
Run "parley COMMAND --help" for a command's options.
`)
}

// newFlags returns a FlagSet that prints the command's usage to stderr on
// error and to stdout on --help.
func newFlags(env *Env, c *Command) *flag.FlagSet {
	fs := flag.NewFlagSet("parley "+c.Name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: parley %s %s\n\n%s\n", c.Name, c.Usage, c.Summary)
		if c.Doc != "" {
			fmt.Fprintf(fs.Output(), "\n%s\n", c.Doc)
		}
		var hasFlags bool
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(fs.Output(), "\nOptions:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args; it returns (exit code, false) when the command
// should stop (bad flags or --help), allowing flags after positional
// arguments as users expect ("parley extract a.txt --dct 2025-02-18").
func parseFlags(env *Env, fs *flag.FlagSet, args []string) (int, bool) {
	for _, a := range args {
		if a == "-h" || a == "--help" || a == "-help" {
			fs.SetOutput(env.Stdout)
			fs.Usage()
			return 0, false
		}
	}
	var pos []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			return 2, false
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			pos = append(pos, rest[1:]...)
			break
		}
		pos = append(pos, rest[0])
		rest = rest[1:]
	}
	// Re-parse so fs.Args() returns the positional arguments.
	_ = fs.Parse(append([]string{"--"}, pos...))
	return 0, true
}

// positional returns fs.Args() without a leading "--" left by parseFlags.
func positional(fs *flag.FlagSet) []string {
	a := fs.Args()
	if len(a) > 0 && a[0] == "--" {
		return a[1:]
	}
	return a
}
