// The jiahu_i18n library's only job is to carry the compiled catalogues as resources.
namespace jiahu {
int i18nAnchor()
{
    return 0;
}
} // namespace jiahu
