# bash completion for vclear
_vclear() {
  local cur prev cmd
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  cmd="${COMP_WORDS[1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "compute check report titer schema init --help --version" -- "$cur"))
    return
  fi
  case "$prev" in
    --format)
      case "$cmd" in
        compute) COMPREPLY=($(compgen -W "table json csv md" -- "$cur")) ;;
        check) COMPREPLY=($(compgen -W "text json github sarif" -- "$cur")) ;;
        report) COMPREPLY=($(compgen -W "pdf md html csv json" -- "$cur")) ;;
        titer) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
      esac
      return ;;
    --method) COMPREPLY=($(compgen -W "spearman-karber poisson-ml reed-muench" -- "$cur")); return ;;
    --sk-variance) COMPREPLY=($(compgen -W "n-1 n" -- "$cur")); return ;;
    -o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  case "$cmd" in
    compute) COMPREPLY=($(compgen -W "--format --help" -- "$cur")) ;;
    check) COMPREPLY=($(compgen -W "--format --strict --help" -- "$cur")) ;;
    report) COMPREPLY=($(compgen -W "-o --output --format --help" -- "$cur")) ;;
    titer)
      if [ "$COMP_CWORD" -eq 2 ]; then
        COMPREPLY=($(compgen -W "tcid50 plaque lvp" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "--dilutions --wells --positive --inoculum-ml --method --sk-variance --plaques --volume-ml --lod-confidence --format --help" -- "$cur"))
      fi
      return ;;
    init) COMPREPLY=($(compgen -W "-o --output --force --help" -- "$cur")) ;;
  esac
  if [[ "$cur" != -* ]]; then
    COMPREPLY+=($(compgen -f -X '!*.@(yaml|yml)' -- "$cur") $(compgen -d -- "$cur"))
  fi
}
complete -F _vclear vclear
